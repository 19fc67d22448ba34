#pragma once

#include "caseactionstore.h"
#include "casestatusstore.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace jiujin {

class Database;
class SubmissionService;

/** One row of the staff board's cases: a case of this point waiting for the citizen. */
struct BoardCase
{
    CaseStatus status;
    QString kioskReceipt; ///< this kiosk's 受理编号; empty when another kiosk of the point took it
    bool correction = false;        ///< 待补正: status.materials by status.materialsDue
    bool pickup = false;            ///< 待领取 at this point
    QList<PendingMaterial> dueSoon; ///< 容缺/告知承诺 due within the horizon or overdue
    bool overdue = false;           ///< the 补正 date or a material's due date has passed
    QDate sortDate;                 ///< the earliest date that matters for the row
    /** Material names recorded here as received whose case update has not come back. */
    QStringList recorded;
    bool handOverRecorded = false; ///< the hand-over is recorded, its update not back yet
    /** Central's reason when it refused the newest action recorded on this case (or why that
     *  record is stuck here); empty otherwise. A newer action replaces it. */
    QString refusal;
};

/**
 * The staff board's view of this point's cases waiting for the citizen (from the case updates
 * jiujin-syncd pulls: no personal data), and the two staff actions on them, "材料已收到" and
 * "已交给申请人", each queued as a sealed outbox record of kind case_event with its audit entry
 * in one transaction (RECORD.md).
 */
class CaseBoardService
{
public:
    /** 容缺/告知承诺 materials due within this many working days are listed (overdue ones too). */
    static constexpr int horizonDays = 3;

    CaseBoardService(Database &db, SubmissionService &submissions,
                     std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc);

    /** Overdue rows first, then by the date that matters; a read error is an Error. */
    Result<QList<BoardCase>> board();

    /** Records that material @p name (kind @p kind) of case @p receipt was handed in here, by
     *  staff member @p staff; the record's uuid. Error::Invalid when the case does not wait for
     *  it or it is already recorded. */
    Result<QString> materialReceived(const QString &receipt, const QString &name,
                                     const QString &kind, const QString &staff);
    /** Records that the result of case @p receipt (待领取 here) was handed to the applicant. */
    Result<QString> handedOver(const QString &receipt, const QString &staff);

    /** The item's name in Chinese or English (the code when the catalogue has no such item). */
    QString itemName(const QString &code, bool english);
    /** Material @p name of item @p item as the board shows it: the name as the case feed
     *  carries it (Chinese, what central and the citizen's papers say), in English followed by
     *  that name when the catalogue has the item's material under it ("Residence permit or proof
     *  of usual residence (居住证或常住地居住证明)"); a name the catalogue does not list (a 补正
     *  material central named in its own words) stays as it is. */
    QString materialLabel(const QString &item, const QString &name, bool english);
    /** Today on the kiosk's clock, China date (the board's "overdue" is judged on it). */
    QDate today() const;

private:
    Result<BoardCase> row(const CaseStatus &status, const QHash<QString, QString> &kioskReceipts,
                          const QDate &today);
    Result<QString> record(const CaseStatus &status, const QString &action, const QString &name,
                           const QString &kind, const QString &staff);

    Database &m_db;
    SubmissionService &m_submissions;
    std::function<QDateTime()> m_clock;
};

} // namespace jiujin
