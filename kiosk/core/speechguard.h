#pragma once

#include <QString>
#include <QStringList>

#include <atomic>

namespace jiujin {

/**
 * Stands in front of the synthesizer: a public hall must never hear personal data. Refuses (drops
 * and counts) any text that redact() would mask (ID numbers, mobiles), any run of seven or more
 * digits (a landline, a card, an ID written with spaces), and any value the citizen typed during
 * this visit (a name or an address cannot be recognised by its shape, so the form's values are
 * registered here). Masked forms ("尾号 1234") pass.
 */
class SpeechGuard
{
public:
    /** true when @p text may be spoken; otherwise it is counted in refused(). */
    bool admit(const QString &text);
    /** What the citizen typed this visit (replaces the previous list; empty at the next visit). */
    void setPersonalValues(const QStringList &values);
    int refused() const { return m_refused.load(); }

private:
    QStringList m_personal;
    std::atomic<int> m_refused{0};
};

} // namespace jiujin
