#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

namespace jiujin::gateway {

class CentralStorage;

/** The options only the rating and follow-up verbs take (README "Ratings"); --point, --from,
 *  --note, --operator and --overdue are read by name from the other verbs' options. */
struct RatingOptions
{
    QCommandLineOption to{QStringLiteral("to"),
                          QStringLiteral("rating list/export: last day, inclusive (YYYY-MM-DD)."),
                          QStringLiteral("DATE")};
    QCommandLineOption openOnly{QStringLiteral("open"),
                                QStringLiteral("followup list: only those not closed.")};
    QCommandLineOption reached{QStringLiteral("reached"),
                               QStringLiteral("followup callback: was the citizen reached."),
                               QStringLiteral("yes|no")};
    QCommandLineOption cause{QStringLiteral("cause"),
                             QStringLiteral("followup rectify: the cause found."),
                             QStringLiteral("TEXT")};
    QCommandLineOption action{QStringLiteral("action"),
                              QStringLiteral("followup rectify: the rectification."),
                              QStringLiteral("TEXT")};
    QCommandLineOption month{QStringLiteral("month"),
                             QStringLiteral("rating stats: one month (YYYY-MM)."),
                             QStringLiteral("YYYY-MM")};
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("rating export: json or csv."),
                              QStringLiteral("json|csv")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({to, openOnly, reached, cause, action, month, format});
    }
};

/** Runs `rating list|stats|export` or `followup list|callback|rectify|close` at @p now; -1 when
 *  @p args is none of them. */
int ratingCommand(const QCommandLineParser &parser, const RatingOptions &o, const QStringList &args,
                  CentralStorage &storage, const QDateTime &now);

} // namespace jiujin::gateway
