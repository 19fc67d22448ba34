#pragma once

#include <QString>
#include <QTextStream>

/** What jiujin-gateway's commands print: one buffered stream on stdout shared by main.cpp and
 *  every *command.cpp (separate streams could print their lines out of order), and the one way
 *  a command refuses. */
namespace jiujin::gateway::cli {

/** Standard output, buffered. */
QTextStream &out();
/** Flushes out(), writes "jiujin-gateway: @p message" to stderr; returns 1, the exit code. */
int fail(const QString &message);

} // namespace jiujin::gateway::cli
