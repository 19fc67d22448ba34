#include "candidatefilter.h"

#include <QFile>
#include <QLoggingCategory>

namespace jiujin {

namespace {
Q_LOGGING_CATEGORY(lcFilter, "jiujin.input")
}

const CandidateFilter &CandidateFilter::builtin()
{
    static const CandidateFilter filter = [] {
        QFile file(QStringLiteral(":/jiujin/pinyin/blocklist.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcFilter) << "the input's blocklist is missing from the resources";
            return CandidateFilter();
        }
        return parse(file.readAll());
    }();
    return filter;
}

CandidateFilter CandidateFilter::parse(const QByteArray &list)
{
    CandidateFilter filter;
    for (const QByteArray &line : list.split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            filter.m_words.append(word);
    }
    return filter;
}

bool CandidateFilter::blocks(QStringView text) const
{
    for (const QString &word : m_words)
        if (text.contains(word))
            return true;
    return false;
}

} // namespace jiujin
