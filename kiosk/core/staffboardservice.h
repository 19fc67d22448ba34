#pragma once

#include "outboxstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jiujin {

class Database;

/** How jiujin-syncd last fared, as it wrote it into the shared database's settings. No PII. */
struct SyncHealth
{
    bool enrolled = false; ///< a device id is set (jiujinctl enroll ran)
    QDateTime lastSuccess; ///< invalid: never
    QDateTime lastErrorAt; ///< invalid: no failure recorded
    QString lastError;     ///< transport or server error text
    /** The last failure is a certificate not valid at the kiosk's time (syncsetting::clockSkew
     *  is set); clockSkewS is central's time minus the kiosk's, when it could be read. */
    bool clockWrong = false;
    std::optional<qint64> clockSkewS;

    /** The last failure is still the news: nothing succeeded after it (a later success means the
     *  network is back, so its text is history; in the same second, the success counts). */
    bool failing() const
    {
        return lastErrorAt.isValid() && (!lastSuccess.isValid() || lastErrorAt > lastSuccess);
    }
    /** The last failure in words with the next step (SyncErrorText); "" when none. */
    QString problem() const;
};

/** What the staff board reads of this kiosk: the outbox queue and jiujin-syncd's last exchange.
 *  The UI process never touches the network: jiujin-syncd writes, this reads. */
class StaffBoardService
{
public:
    explicit StaffBoardService(Database &db) : m_db(db) {}

    OutboxCounts counts();
    /** The newest @p limit records, needs-attention and rejected first (OutboxStore::board). */
    QList<OutboxRecord> board(int limit);
    SyncHealth syncHealth();

private:
    Database &m_db;
};

} // namespace jiujin
