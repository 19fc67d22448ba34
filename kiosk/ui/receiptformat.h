#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** Receipt numbers as keypad fields show them (receiptnumber.h): the one place QML asks. */
class ReceiptFormat : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ReceiptNumber)
    QML_SINGLETON
    Q_PROPERTY(int digitCount READ digitCount CONSTANT)
    Q_PROPERTY(QString blank READ blank CONSTANT) ///< the empty field: "_____-______-_"
public:
    using QObject::QObject;

    int digitCount() const;
    QString blank() const;
    /** What a keypad field keeps of @p typed: its digits, at most digitCount. */
    Q_INVOKABLE QString digitsOf(const QString &typed) const;
    /** @p digits grouped 5-6-1 as on the receipt, as far as they go. */
    Q_INVOKABLE QString grouped(const QString &digits) const;
};

} // namespace jiujin
