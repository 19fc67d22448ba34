#include "caseboardmodel.h"

namespace jiujin {

int CaseBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ReceiptRole:
        return r.receipt;
    case KioskReceiptRole:
        return r.kioskReceipt;
    case ItemNameRole:
        return r.itemName;
    case TitleRole:
        return r.title;
    case LinesRole:
        return r.lines;
    case OverdueRole:
        return r.overdue;
    case NoteRole:
        return r.note;
    case RefusalRole:
        return r.refusal;
    case CanHandOverRole:
        return r.canHandOver;
    case MaterialNamesRole:
        return r.materialNames;
    case MaterialKindsRole:
        return r.materialKinds;
    case MaterialTextsRole:
        return r.materialTexts;
    case LateLinesRole:
        return QVariant::fromValue(r.lateLines);
    }
    return {};
}

QHash<int, QByteArray> CaseBoardModel::roleNames() const
{
    return {{ReceiptRole, "receipt"},
            {KioskReceiptRole, "kioskReceipt"},
            {ItemNameRole, "itemName"},
            {TitleRole, "title"},
            {LinesRole, "lines"},
            {OverdueRole, "overdue"},
            {NoteRole, "note"},
            {RefusalRole, "refusal"},
            {CanHandOverRole, "canHandOver"},
            {MaterialNamesRole, "materialNames"},
            {MaterialKindsRole, "materialKinds"},
            {MaterialTextsRole, "materialTexts"},
            {LateLinesRole, "lateLines"}};
}

void CaseBoardModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace jiujin
