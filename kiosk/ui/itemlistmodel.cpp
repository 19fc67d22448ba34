#include "itemlistmodel.h"

namespace jiujin {

void ItemListModel::reset(QList<Row> rows, bool english)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_english = english;
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return r.item.code;
    case NameRole:
        return m_english ? r.item.nameEn : r.item.nameZh;
    case HandledHereRole:
        return r.item.handledHere;
    case WhereRole:
        return r.where;
    case MongolianNameRole:
        return m_mongolian.value(r.item.code);
    }
    return {};
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {NameRole, "name"},
            {HandledHereRole, "handledHere"},
            {WhereRole, "where"},
            {MongolianNameRole, "mongolianName"}};
}

} // namespace jiujin
