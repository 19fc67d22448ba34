#include "pinyinime.h"

#include "pinyininput.h"

#include <QThreadPool>

namespace jiujin {

PinyinIme::PinyinIme(QObject *parent) : QObject(parent)
{
    // The table takes tens of milliseconds to parse: do it while the citizen looks at the form,
    // not on the first key (a lookup meanwhile waits for it).
    QThreadPool::globalInstance()->start([] { PinyinInput::builtin(); });
}

QStringList PinyinIme::candidates(const QString &letters, int limit) const
{
    QStringList out;
    for (const auto &c : PinyinInput::builtin().candidates(letters, limit))
        out << c.text;
    return out;
}

QString PinyinIme::remainder(const QString &letters, int index) const
{
    if (index < 0)
        return letters;
    // Looked up again rather than remembered: a lookup is cheap, and the keyboard may have
    // changed the letters in between.
    const auto found = PinyinInput::builtin().candidates(letters, index + 1);
    return index < found.size() ? letters.mid(found[index].consumed) : letters;
}

} // namespace jiujin
