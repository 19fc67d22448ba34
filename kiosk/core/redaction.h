#pragma once

#include <QString>

namespace jiujin {

/**
 * The last line of defence for invariant 4: whatever reaches a log line, ID numbers and mobile
 * numbers leave it masked (the code never logs them on purpose; this catches mistakes).
 */
QString redact(const QString &line);

/** Routes every Qt message through redact() before the previous handler writes it. */
void installRedactingMessageHandler();

} // namespace jiujin
