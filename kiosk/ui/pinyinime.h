#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/**
 * Chinese text entry for QML (the on-screen TextKeyboard): candidates for the pinyin letters
 * typed so far, from PinyinInput's built-in table (loaded on first use). Holds no state, so no
 * citizen's letters outlive the keyboard that shows them.
 */
class PinyinIme : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(PinyinIme)
    QML_SINGLETON
public:
    explicit PinyinIme(QObject *parent = nullptr);

    /** The best candidates (characters or phrases) for @p letters, at most @p limit. */
    Q_INVOKABLE QStringList candidates(const QString &letters, int limit) const;
    /**
     * The letters that stay composing once candidate @p index of candidates(letters, ...) is
     * chosen: "" when it used them all, "gu" for 内蒙 out of "neimenggu"; @p letters unchanged if
     * @p index is out of range.
     */
    Q_INVOKABLE QString remainder(const QString &letters, int index) const;
};

} // namespace jiujin
