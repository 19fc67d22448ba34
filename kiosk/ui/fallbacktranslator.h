#pragma once

#include <QSet>
#include <QTranslator>

#include <mutex>

namespace jiujin {

/**
 * The Mongolian screens' translator: a string the .qm translates comes out in Mongolian; one it
 * lacks (or holds empty) comes out as its Chinese source, never blank, and is remembered (by
 * context and source text: templates, never a citizen's data) so the screens test can name it.
 */
class FallbackTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    /** "context|source" of every string asked for that had no translation, since load. */
    QStringList missing() const;

private:
    mutable std::mutex m_lock;
    mutable QSet<QString> m_missing;
};

} // namespace jiujin
