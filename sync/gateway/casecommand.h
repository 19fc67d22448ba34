#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

namespace jiujin::gateway {

class CentralStorage;

/** The options of the case verbs (jiujin-gateway case ..., README "Cases"). */
struct CaseOptions
{
    QCommandLineOption stage{QStringLiteral("stage"),
                             QStringLiteral("case list: only cases at this stage code."),
                             QStringLiteral("S")};
    QCommandLineOption overdue{
        QStringLiteral("overdue"),
        QStringLiteral("case list: only running cases past their due date.")};
    QCommandLineOption operatorId{QStringLiteral("operator"),
                                  QStringLiteral("case move: who moves it (recorded)."),
                                  QStringLiteral("ID")};
    QCommandLineOption reason{QStringLiteral("reason"), QStringLiteral("case move: why."),
                              QStringLiteral("TEXT")};
    QCommandLineOption materials{QStringLiteral("materials"),
                                 QStringLiteral("case move correction: what to supply, a,b."),
                                 QStringLiteral("LIST")};
    QCommandLineOption due{QStringLiteral("due"),
                           QStringLiteral("case move correction: by when (YYYY-MM-DD)."),
                           QStringLiteral("DATE")};
    QCommandLineOption result{QStringLiteral("result"),
                              QStringLiteral("case move approved: the certificate number."),
                              QStringLiteral("TEXT")};

    QCommandLineOption material{QStringLiteral("material"),
                                QStringLiteral("case promise: the material's name."),
                                QStringLiteral("NAME")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            QStringLiteral("case promise: rongque (容缺) or chengnuo (告知承诺)."),
                            QStringLiteral("KIND")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {stage, overdue, operatorId, reason, materials, due, result, material, kind});
    }
};

/** Runs `case list | show RECEIPT | move RECEIPT STAGE | promise RECEIPT | receive RECEIPT ID |
 *  sweep` or `audit verify` at @p now; -1 when @p args is none of them. */
int caseCommand(const QCommandLineParser &parser, const CaseOptions &o, const QStringList &args,
                CentralStorage &storage, const QDateTime &now);

} // namespace jiujin::gateway
