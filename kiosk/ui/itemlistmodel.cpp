#include "itemlistmodel.h"

namespace jiujin {

void ItemListModel::reset(QList<Row> rows, bool english)
{
    // The old rows go and the new ones come as removals and insertions, not a model reset: on a
    // reset a ListView still making rows in the background (cacheBuffer) clears itself and
    // cancels the row it waits for, which the new, shorter list no longer has ("DelegateModel::
    // cancel: index out range", e.g. search results emptied by the clear key).
    const int before = count();
    if (before > 0) {
        beginRemoveRows({}, 0, before - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_english = english;
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
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
