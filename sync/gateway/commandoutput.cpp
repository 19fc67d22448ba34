#include "commandoutput.h"

namespace jiujin::gateway::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    QTextStream(stderr) << "jiujin-gateway: " << message << Qt::endl;
    return 1;
}

} // namespace jiujin::gateway::cli
