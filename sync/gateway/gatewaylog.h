#pragma once

#include <QLoggingCategory>

/** The gateway's logging category ("jiujin.gateway"). */
Q_DECLARE_LOGGING_CATEGORY(lcGateway)
