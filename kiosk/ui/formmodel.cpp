#include "formmodel.h"

#include "devices.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jiujin {

namespace {
QString typeName(FieldSpec::Type type)
{
    switch (type) {
    case FieldSpec::Type::Text:
        return QStringLiteral("text");
    case FieldSpec::Type::Number:
        return QStringLiteral("number");
    case FieldSpec::Type::Date:
        return QStringLiteral("date");
    case FieldSpec::Type::Select:
        return QStringLiteral("select");
    case FieldSpec::Type::Checkbox:
        return QStringLiteral("checkbox");
    case FieldSpec::Type::Multiline:
        return QStringLiteral("multiline");
    case FieldSpec::Type::IdNumber:
        return QStringLiteral("id_number");
    case FieldSpec::Type::Phone:
        return QStringLiteral("phone");
    case FieldSpec::Type::Address:
        return QStringLiteral("address");
    }
    return QStringLiteral("text");
}

void wipeString(QString &s)
{
    s.fill(QChar(0));
    s.clear();
}

} // namespace

FormModel::FormModel(std::function<QString()> language, QObject *parent)
    : QAbstractListModel(parent), m_language(std::move(language))
{
}

int FormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString FormModel::optionLabel(const Row &row) const
{
    for (const FieldOption &o : row.spec.options)
        if (o.value == row.value)
            return o.label(m_language());
    return row.value;
}

QVariant FormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString language = m_language();
    switch (role) {
    case FieldIdRole:
        return row.spec.id;
    case LabelRole:
        return row.spec.label(language);
    case TypeRole:
        return typeName(row.spec.type);
    case ValueRole:
        return row.value;
    case ErrorRole:
        return row.error;
    case RequiredRole:
        return row.spec.required;
    case FromCardRole:
        return row.fromCard;
    case OptionValuesRole: {
        QStringList values;
        for (const FieldOption &o : row.spec.options)
            values.append(o.value);
        return values;
    }
    case OptionLabelsRole: {
        QStringList labels;
        for (const FieldOption &o : row.spec.options)
            labels.append(o.label(language));
        return labels;
    }
    case ReviewValueRole:
        switch (row.spec.type) {
        case FieldSpec::Type::IdNumber:
            return validation::maskIdNumber(validation::normaliseIdNumber(row.value));
        case FieldSpec::Type::Phone:
            return validation::maskPhone(row.value);
        case FieldSpec::Type::Select:
            return optionLabel(row);
        case FieldSpec::Type::Checkbox:
            return row.value == QLatin1String("true")
                       ? QCoreApplication::translate("jiujin::FormModel", "是")
                       : QCoreApplication::translate("jiujin::FormModel", "否");
        default:
            return row.value.trimmed();
        }
    }
    return {};
}

QHash<int, QByteArray> FormModel::roleNames() const
{
    return {{FieldIdRole, "fieldId"},
            {LabelRole, "label"},
            {TypeRole, "type"},
            {ValueRole, "value"},
            {ErrorRole, "error"},
            {RequiredRole, "required"},
            {FromCardRole, "fromCard"},
            {OptionValuesRole, "optionValues"},
            {OptionLabelsRole, "optionLabels"},
            {ReviewValueRole, "reviewValue"}};
}

void FormModel::reset(const FormSchema &schema, QDate today)
{
    beginResetModel();
    wipe();
    m_rows.clear();
    m_today = today;
    m_showAll = false;
    for (const FieldSpec &spec : schema.fields) {
        Row row{spec, {}, {}, false};
        // A checkbox always has a value, so "not ticked" is an answer rather than a gap.
        if (spec.type == FieldSpec::Type::Checkbox)
            row.value = QStringLiteral("false");
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT completeChanged();
}

void FormModel::validate(int row)
{
    Row &r = m_rows[row];
    const QString message = validation::check(r.spec, r.value, m_today);
    // An untouched empty field is not an error yet: the citizen has not got there.
    r.error = (r.value.trimmed().isEmpty() && !m_showAll) ? QString() : message;
}

void FormModel::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).value == value)
        return;
    const bool wasComplete = complete();
    m_rows[row].value = value;
    m_rows[row].fromCard = false;
    validate(row);
    Q_EMIT dataChanged(index(row), index(row),
                       {ValueRole, ErrorRole, FromCardRole, ReviewValueRole});
    if (wasComplete != complete())
        Q_EMIT completeChanged();
}

void FormModel::toggle(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).spec.type != FieldSpec::Type::Checkbox)
        return;
    setValue(row, m_rows.at(row).value == QLatin1String("true") ? QStringLiteral("false")
                                                                : QStringLiteral("true"));
}

void FormModel::beginEditing(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const FieldSpec::Type type = m_rows.at(row).spec.type;
    if (type == FieldSpec::Type::Select || type == FieldSpec::Type::Checkbox)
        return;
    m_editing = row;
    Q_EMIT editingChanged();
}

void FormModel::finishEditing()
{
    if (m_editing < 0)
        return;
    m_editing = -1;
    Q_EMIT editingChanged();
}

QString FormModel::editingType() const
{
    return m_editing >= 0 ? typeName(m_rows.at(m_editing).spec.type) : QString();
}

QString FormModel::keyboardMode() const
{
    if (m_editing < 0)
        return QStringLiteral("chinese");
    switch (m_rows.at(m_editing).spec.type) {
    case FieldSpec::Type::Number:
    case FieldSpec::Type::Phone:
    case FieldSpec::Type::Date:
        return QStringLiteral("digits");
    case FieldSpec::Type::IdNumber:
        return QStringLiteral("id");
    default:
        return QStringLiteral("chinese");
    }
}

QString FormModel::asDate(const QString &typed)
{
    QString d;
    for (const QChar c : typed)
        if (c.isDigit() && c.unicode() < 128 && d.size() < 8)
            d.append(c);
    QString out = d.left(4);
    if (d.size() > 4)
        out += QLatin1Char('-') + d.mid(4, 2);
    if (d.size() > 6)
        out += QLatin1Char('-') + d.mid(6, 2);
    return out;
}

void FormModel::typeText(const QString &text)
{
    if (m_editing < 0)
        return;
    const QString value = m_rows.at(m_editing).value + text;
    setValue(m_editing,
             m_rows.at(m_editing).spec.type == FieldSpec::Type::Date ? asDate(value) : value);
}

void FormModel::erase()
{
    if (m_editing < 0)
        return;
    QString value = m_rows.at(m_editing).value;
    if (value.isEmpty())
        return;
    value.chop(value.size() >= 2 && value.back().isLowSurrogate() &&
                       value.at(value.size() - 2).isHighSurrogate()
                   ? 2
                   : 1);
    if (m_rows.at(m_editing).spec.type == FieldSpec::Type::Date && value.endsWith(QLatin1Char('-')))
        value.chop(1);
    setValue(m_editing, value);
}

void FormModel::fillFromCard(const CardData &card)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.spec.card.isEmpty())
            continue;
        const QString value = card.value(r.spec.card);
        if (value.isEmpty())
            continue;
        r.value = value;
        r.fromCard = true;
        validate(i);
    }
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT completeChanged();
}

void FormModel::showAllErrors()
{
    m_showAll = true;
    for (int i = 0; i < m_rows.size(); ++i)
        validate(i);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ErrorRole});
    Q_EMIT completeChanged();
}

void FormModel::setErrors(const QHash<QString, QString> &problems)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (problems.contains(m_rows.at(i).spec.id))
            m_rows[i].error = problems.value(m_rows.at(i).spec.id);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ErrorRole});
    Q_EMIT completeChanged();
}

bool FormModel::complete() const
{
    for (const Row &r : m_rows)
        if (!validation::check(r.spec, r.value, m_today).isEmpty())
            return false;
    return true;
}

int FormModel::firstErrorRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!validation::check(m_rows.at(i).spec, m_rows.at(i).value, m_today).isEmpty())
            return i;
    return -1;
}

void FormModel::fill(Application &app) const
{
    for (const Row &r : m_rows) {
        if (!r.value.trimmed().isEmpty())
            app.values.insert(r.spec.id, r.value);
        if (r.fromCard)
            app.fromCard.insert(r.spec.id);
    }
}

void FormModel::wipe()
{
    for (Row &r : m_rows) {
        wipeString(r.value);
        r.error.clear();
        r.fromCard = false;
    }
    finishEditing();
}

void FormModel::retranslate()
{
    for (int i = 0; i < m_rows.size(); ++i)
        validate(i);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

} // namespace jiujin
