#include "gatewaylog.h"

Q_LOGGING_CATEGORY(lcGateway, "jiujin.gateway")
