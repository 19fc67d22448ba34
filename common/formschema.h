#pragma once

#include "result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace jiujin {

/** One choice of a select field: the stored value and its label in both languages, and in
 *  traditional Mongolian when the bundle has it (`label.mn`, else empty). */
struct FieldOption
{
    QString value, labelZh, labelEn, labelMn;
    /** The label for a screen in @p language (zh, en, mn: Mongolian, else the Chinese). */
    QString label(QStringView language) const;
};

/** One field of an item's application form, as described in db/seed/FORMAT.md "Field". */
struct FieldSpec
{
    enum class Type { Text, Number, Date, Select, Checkbox, Multiline, IdNumber, Phone, Address };

    QString id;
    Type type = Type::Text;
    QString labelZh, labelEn;
    QString labelMn; ///< `label.mn` as written, empty when the bundle has none
    bool required = false;
    /// number: value range; text/multiline/address: length range in characters (code points).
    std::optional<double> min, max;
    QString dateMin, dateMax; ///< "YYYY-MM-DD", "today" or empty (no bound)
    QString pattern;          ///< regular expression the whole (trimmed) value must match, or empty
    QList<FieldOption> options; ///< select only
    QString card; ///< ID card field that fills it: name|sex|ethnicity|birth_date|id_number|address,
                  ///< or empty

    /** The label for a screen in @p language (zh, en, mn: Mongolian, else the Chinese). */
    QString label(QStringView language) const;
};

/** An item's application form: the ordered fields the apply screen builds and validates. */
struct FormSchema
{
    QList<FieldSpec> fields;

    /** Parses the "form" array of a catalogue item; Error::Invalid names the first bad field. */
    static Result<FormSchema> fromJson(const QJsonArray &form);
    /** The field with this id, or nullptr. The pointer is valid until @c fields changes. */
    const FieldSpec *field(QStringView id) const;
};

} // namespace jiujin
