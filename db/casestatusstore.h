#pragma once

#include "result.h"
#include "settingkeys.h" // casesetting

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {

class Database;

/** A 容缺 / 告知承诺 material still to be handed in. */
struct PendingMaterial
{
    QString name, kind; ///< kind: "rongque" or "chengnuo"
    QDate due;
};

/** Where one application stands at central, as the last case update said. No personal data. */
struct CaseStatus
{
    QString receipt; ///< central's receipt (NM…)
    qint64 seq = 0;
    QString item, stage; ///< stage: a code of PROTOCOL.md "Cases"
    QDateTime stageAt;   ///< UTC
    QString reason;
    QStringList materials; ///< 待补正: what to bring
    QDate materialsDue;    ///< 待补正: by when
    QList<PendingMaterial> pending;
    QDate due;           ///< the case's due date (invalid: none yet)
    bool paused = false; ///< the time limit stands still
    bool pickupHere = false;
};

/** One page of case updates, checked (signature, shape) before it gets here. */
struct CaseStatusPage
{
    qint64 from = 0, seq = 0; ///< from 0: everything held before is replaced
    QList<CaseStatus> cases;
    QString figures; ///< the point's figures as compact JSON ("" = none sent)
};

/**
 * Owns case_statuses: the 办件 stage of this point's applications as central's case updates said
 * (PROTOCOL.md, "Cases"), and the sequence applied last. A page is applied in one transaction with
 * its audit entry; a page that does not follow the sequence held changes nothing.
 */
class CaseStatusStore
{
public:
    /** Days a finished case (已送达, 不予受理, 办结·不予) is kept after its last stage: 查进度
     *  still finds it for a citizen coming back within a season, and case_statuses does not grow
     *  for ever. Older ones go in the next apply's transaction (a final stage never changes, so
     *  central never sends them again unless the kiosk asks from 0). */
    static constexpr int keepFinishedDays = 90;

    explicit CaseStatusStore(Database &db) : m_db(db) {}

    /** cases.seq: 0 when nothing was applied yet; Error on a read error. */
    Result<qint64> sequence();
    /** Applies @p page all or nothing (audit entry `cases.apply` by @p actor at @p now), and
     *  drops the cases finished more than keepFinishedDays before @p now. Error::Invalid when
     *  its from is neither 0 nor the sequence held. Returns the new sequence. */
    Result<qint64> apply(const CaseStatusPage &page, const QString &actor, const QDateTime &now);
    /** The status of central receipt @p receipt; nullopt when no update named it. */
    Result<std::optional<CaseStatus>> status(const QString &receipt);
    /** cases.figures ("" when central sent none). */
    Result<QString> figures();
    /** Receipts of the cases waiting for the citizen (the staff board): 待补正, 待领取 here, and
     *  those of other open stages with 容缺/告知承诺 materials still due. */
    Result<QStringList> waitingForCitizen();

private:
    Database &m_db;
};

} // namespace jiujin
