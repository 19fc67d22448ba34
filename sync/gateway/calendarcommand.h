#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

namespace jiujin::gateway {

class CentralStorage;

/** Runs `calendar import FILE [--operator ID]` or `calendar show [YEAR]` at @p now (README,
 *  PROTOCOL.md "Calendar"); -1 when @p args is none of them. --operator is read by name (the case
 *  verbs define it). */
int calendarCommand(const QCommandLineParser &parser, const QStringList &args,
                    CentralStorage &storage, const QDateTime &now);

} // namespace jiujin::gateway
