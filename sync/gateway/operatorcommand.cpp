#include "operatorcommand.h"

#include "commandoutput.h"
#include "operatorroles.h"
#include "operatorservice.h"

#include <QTextStream>

#include <cstdio>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace jiujin::gateway {

namespace {

using cli::fail;
using cli::out;

QString actor()
{
    const passwd *user = getpwuid(geteuid());
    return QStringLiteral("cli:") +
           (user ? QString::fromLocal8Bit(user->pw_name) : QString::number(geteuid()));
}

/** One line of stdin (the password), without echo when it is a terminal. */
QString readPassword(const char *prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine(OperatorService::maxPasswordBytes + 1);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

QStringList codes(const QString &value)
{
    QStringList list;
    for (const QString &c : value.split(u',', Qt::SkipEmptyParts))
        list.append(c.trimmed());
    return list;
}

} // namespace

QString commandLineActor()
{
    return actor();
}

int operatorCommand(const QCommandLineParser &parser, const OperatorOptions &o,
                    const QStringList &args, CentralStorage &storage, const QString &dir,
                    const QDateTime &now)
{
    if (args.value(0) != QLatin1String("operator"))
        return -1;
    const QString verb = args.value(1);
    const QString id = args.value(2);

    if (verb == QLatin1String("add") && args.size() == 3) {
        OperatorService::NewOperator n;
        n.id = id;
        n.role = parser.value(o.role);
        n.name = parser.value(o.name);
        n.totp = parser.isSet(o.totp);
        if (parser.isSet(o.township) && parser.isSet(o.department))
            return fail(QStringLiteral("operator add: --township is a clerk's, --department an "
                                       "officer's; not both"));
        n.scope = codes(parser.value(n.role == OperatorRoles::clerk ? o.township : o.department));
        if (n.role != OperatorRoles::clerk && parser.isSet(o.township))
            return fail(QStringLiteral("operator add: --township is only for --role clerk"));
        if (n.role != OperatorRoles::officer && parser.isSet(o.department))
            return fail(QStringLiteral("operator add: --department is only for --role officer"));
        QByteArray key;
        if (n.totp) {
            auto loaded = OperatorService::loadSealKey(dir);
            if (!loaded)
                return fail(loaded.error().message);
            key = loaded.value();
        }
        OperatorService operators(storage, key);
        const QString password = readPassword("password: ");
        auto added = operators.add(n, password, actor(), now);
        if (!added)
            return fail(added.error().message);
        out() << "added operator " << n.id << " (" << n.role << ' '
              << OperatorRoles::roleText(n.role) << ')' << Qt::endl;
        if (n.totp) // shown this once: the secret is kept sealed, never printed again
            out() << OperatorService::otpauthUri(n.id, added->totpSecret) << Qt::endl;
        return 0;
    }
    OperatorService operators(storage);
    if (verb == QLatin1String("list") && args.size() == 2) {
        auto rows = operators.list();
        if (!rows)
            return fail(rows.error().message);
        out() << "id\trole\tscope\tstate\ttotp\tname" << Qt::endl;
        for (const OperatorRow &r : rows.value()) {
            QString state = r.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
            if (r.enabled && r.lockedUntil && now < *r.lockedUntil)
                state = QStringLiteral("locked until ") + r.lockedUntil->toString(Qt::ISODate);
            out() << r.id << '\t' << r.role << '\t'
                  << (r.scope.isEmpty() ? QStringLiteral("banner") : r.scope.join(u',')) << '\t'
                  << state << '\t'
                  << (r.totpSecretSealed.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes"))
                  << '\t' << r.name << Qt::endl;
        }
        return 0;
    }
    if (verb == QLatin1String("disable") && args.size() == 3) {
        if (auto r = operators.disable(id, actor(), now); !r)
            return fail(r.error().message);
        out() << "disabled operator " << id << "; its sessions ended" << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("unlock") && args.size() == 3) {
        if (auto r = operators.unlock(id, actor(), now); !r)
            return fail(r.error().message);
        out() << "unlocked operator " << id << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("passwd") && args.size() == 3) {
        const QString password = readPassword("new password: ");
        if (auto r = operators.setPassword(id, password, actor(), now); !r)
            return fail(r.error().message);
        out() << "new password set for " << id << "; its sessions ended" << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral(
        "usage: operator add ID --role clerk|officer|supervisor|technician [--township CODE,..] "
        "[--department CODE,..] [--name TEXT] [--totp] (password on stdin) | operator list | "
        "operator disable ID | operator unlock ID | operator passwd ID (password on stdin)"));
}

} // namespace jiujin::gateway
