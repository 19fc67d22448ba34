#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/*
 * GET /v1/cases/changes (PROTOCOL.md, "Cases"). Central answers the case updates of the device's
 * service point as compact JSON text and signs that text as sent, like the catalogue's change set;
 * the 200 body carries the text as a JSON string beside the signature. No personal data travels:
 * receipts, item and stage codes, dates, reasons, material names. Decoders take bytes from the
 * network: bounded, strict, Error{Error::Invalid, "field: what is wrong"} instead of a crash.
 */
namespace jiujin::protocol {

class Key;

/** The prefix of the bytes central signs: the change-set text follows it. */
inline constexpr char casesSigningContext[] = "jiujin-cases-v1\n";
/** Most cases in one answer; central says "more" when there are others after them. */
inline constexpr qsizetype maxCaseChanges = 1000;
/** The signed text of one answer (1000 cases of at most a few KiB). */
inline constexpr qsizetype maxCaseChangesText = 4 * 1024 * 1024;

/** A 容缺 (@c kind "rongque") or 告知承诺 ("chengnuo") material still to be handed in. */
struct CasePendingMaterial
{
    QString name, kind;
    QDate due;
    friend bool operator==(const CasePendingMaterial &, const CasePendingMaterial &) = default;
};

/** One case as it stands now (its whole state: the kiosk replaces what it held). */
struct CaseChange
{
    qint64 seq = 0;        ///< the point's sequence at this case's last change
    QString receipt;       ///< central's receipt (NM…)
    QString item;          ///< catalogue item code
    QString stage;         ///< submitted | accepted | refused | correction | review | approved |
                           ///< denied | ready_for_pickup | delivered
    QDateTime stageAt;     ///< when it entered this stage (UTC, whole seconds)
    QString reason;        ///< refused / denied / correction: the officer's words ("" otherwise)
    QStringList materials; ///< correction: what to supply
    QDate materialsDue;    ///< correction: by when (invalid otherwise)
    QList<CasePendingMaterial> pending; ///< 容缺 / 告知承诺 materials not yet received
    QDate due;               ///< the case's due date (invalid before acceptance or without a limit)
    bool paused = false;     ///< 待补正 after acceptance: the clock stands still
    bool pickupHere = false; ///< the result waits at the point that took the application
    friend bool operator==(const CaseChange &, const CaseChange &) = default;
};

/** A published figure of the point (GB/T 39734: e.g. the satisfaction rate of 90 days). */
struct CaseFigure
{
    double rate = 0; ///< 0..1
    qint64 count = 0;
    friend bool operator==(const CaseFigure &, const CaseFigure &) = default;
};

/** One answer: the point's cases changed after @c from, up to @c seq. */
struct CaseChangeSet
{
    QString point;
    qint64 from = 0;         ///< the kiosk's sequence it applies to; 0 = everything (replace)
    qint64 seq = 0;          ///< the last case's sequence (> from)
    bool more = false;       ///< cases after seq exist: ask again with since = seq
    QList<CaseChange> cases; ///< 1..maxCaseChanges, by seq, distinct receipts
    QMap<QString, CaseFigure> figures; ///< optional ("satisfaction_90d" → rate, count)
    friend bool operator==(const CaseChangeSet &, const CaseChangeSet &) = default;
};

/** The 200 body: the text exactly as signed, and the raw signature. */
struct SignedCaseChanges
{
    QByteArray changes;
    QByteArray signature;
    friend bool operator==(const SignedCaseChanges &, const SignedCaseChanges &) = default;
};

/** Every stage code the wire carries. */
const QStringList &caseStages();

/** One case as the change set carries it (also the case of a lookup answer, caselookup.h). */
QJsonObject caseToJson(const CaseChange &c);
/** One case, strict as in a change set; @p at names it in errors ("case"). */
Result<CaseChange> caseFromJson(const QJsonValue &v, const QString &at);

QByteArray encode(const CaseChangeSet &changes);
/** Refuses a text over maxCaseChangesText, no cases or more than maxCaseChanges, sequences not
 *  increasing within (from, seq] or the last not seq, repeated receipts, unknown stages, and
 *  malformed dates, materials or figures. */
Result<CaseChangeSet> decodeCaseChangeSet(QByteArrayView text);

QByteArray encode(const SignedCaseChanges &body);
/** The 200 body: shape and sizes only (verify with openCaseChanges). */
Result<SignedCaseChanges> decodeCaseChanges(QByteArrayView body);

QByteArray casesSigningInput(QByteArrayView changesText);
Result<SignedCaseChanges> signCaseChanges(const Key &receiptKey, const CaseChangeSet &changes);
/** Verifies central's signature before anything is parsed; Error::Corrupt when it does not
 *  verify, Error::Invalid for a malformed body or change set. */
Result<CaseChangeSet> openCaseChanges(const Key &receiptKey, QByteArrayView body);

} // namespace jiujin::protocol
