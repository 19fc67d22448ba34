#include "gatewaylog.h"

// Debug lines (one per record stored) are written only when asked for (QT_LOGGING_RULES):
// a write of its own for each record was a cost of every drain.
Q_LOGGING_CATEGORY(lcGateway, "jiujin.gateway", QtInfoMsg)
