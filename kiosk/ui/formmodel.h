#pragma once

#include "formschema.h"
#include "submissionservice.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace jiujin {

struct CardData;

/**
 * The fields of one form (an application, or who is coming to a booking), built from a schema.
 * Values live only here, in memory; every change is validated at once by kiosk/core and the
 * message sits on the row. Messages for fields still empty appear only after showAllErrors() (the
 * citizen pressed 下一步).
 *
 * It also holds the typing state that the on-screen keyboard drives (qml/components/FormView.qml):
 * which typed field is being filled (editingRow), which keyboard it wants, and what a key or the
 * erase key does to its value. Every form on the kiosk edits through here.
 */
class FormModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Apply controller")
    Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
    Q_PROPERTY(int firstErrorRow READ firstErrorRow NOTIFY completeChanged)
    Q_PROPERTY(
        int editingRow READ editingRow NOTIFY editingChanged) ///< typed field being filled, or -1
    Q_PROPERTY(QString editingType READ editingType NOTIFY editingChanged)
    Q_PROPERTY(QString keyboardMode READ keyboardMode NOTIFY editingChanged) ///< digits|id|chinese
public:
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        LabelRole,
        TypeRole, ///< text|number|date|select|checkbox|multiline|id_number|phone|address
        ValueRole,
        ErrorRole,
        RequiredRole,
        FromCardRole, ///< filled by the ID card reader
        OptionValuesRole,
        OptionLabelsRole,
        ReviewValueRole, ///< as the review screen shows it: ID and phone numbers masked, option
                         ///< labels
    };

    /** @p language: the session's (zh, en, mn); labels and choices follow it (in mn the bundle's
     *  `mn`, else the Chinese: FieldSpec::label). */
    explicit FormModel(std::function<QString()> language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const FormSchema &schema, QDate today);
    /** Sets a field as typed or picked; validates it. A typed value clears its from-card mark. */
    Q_INVOKABLE void setValue(int row, const QString &value);
    /** Picks an option of a select field. */
    Q_INVOKABLE void choose(int row, const QString &value) { setValue(row, value); }
    /** Ticks or unticks a checkbox field. */
    Q_INVOKABLE void toggle(int row);

    /** Starts filling the typed field @p row with the on-screen keyboard (select and checkbox
     *  fields are not typed: nothing happens). */
    Q_INVOKABLE void beginEditing(int row);
    /** Appends what a key typed to the field being filled. Dates take digits only and get their
     *  dashes put in (19650308 shows as 1965-03-08). */
    Q_INVOKABLE void typeText(const QString &text);
    /** Erases the last character (a character outside the BMP whole) of the field being filled. */
    Q_INVOKABLE void erase();
    Q_INVOKABLE void finishEditing();
    int editingRow() const { return m_editing; }
    QString editingType() const;
    QString keyboardMode() const;
    /** YYYY-MM-DD as it is being typed, from up to 8 digits among @p typed. */
    static QString asDate(const QString &typed);

    /** Fills the fields that map to the card's fields and marks them as read from the card. */
    void fillFromCard(const CardData &card);
    Q_INVOKABLE void showAllErrors();
    /** Takes in problems found by the service (e.g. after a catalogue change). */
    void setErrors(const QHash<QString, QString> &problems);
    bool complete() const;
    int firstErrorRow() const;
    /** Copies values and card marks into @p app. */
    void fill(Application &app) const;
    /** Overwrites and drops every value. */
    void wipe();
    /** Re-words messages and labels after a language change. */
    void retranslate();

Q_SIGNALS:
    void completeChanged();
    void editingChanged();

private:
    struct Row
    {
        FieldSpec spec;
        QString value, error;
        bool fromCard = false;
    };
    void validate(int row);
    QString optionLabel(const Row &row) const;
    std::function<QString()> m_language;
    QList<Row> m_rows;
    QDate m_today;
    bool m_showAll = false;
    int m_editing = -1;
};

} // namespace jiujin
