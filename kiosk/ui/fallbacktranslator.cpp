#include "fallbacktranslator.h"

namespace jiujin {

QString FallbackTranslator::translate(const char *context, const char *sourceText,
                                      const char *disambiguation, int n) const
{
    const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isEmpty() || !sourceText || !*sourceText)
        return found;
    // Answering here (not leaving it to QCoreApplication) keeps a later translator from
    // putting English on a Mongolian screen.
    const QString source = QString::fromUtf8(sourceText);
    {
        std::lock_guard lock(m_lock);
        m_missing.insert(QString::fromUtf8(context) + QLatin1Char('|') + source);
    }
    return source;
}

QStringList FallbackTranslator::missing() const
{
    std::lock_guard lock(m_lock);
    QStringList out(m_missing.cbegin(), m_missing.cend());
    out.sort();
    return out;
}

} // namespace jiujin
