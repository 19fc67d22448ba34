#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>

namespace jiujin {

/**
 * A list model whose rows are replaced in place: rows gone are removed, new ones inserted where
 * they belong, kept ones moved if their place changed and their data refreshed (dataChanged),
 * never a model reset. A reset under a live ListView clears the rows it is still making in the
 * background (cacheBuffer) and cancels the one it waits for ("DelegateModel::cancel: index out
 * range"), and throws away the view's delegates and scroll on every refresh of the same list.
 */
class SteadyListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    /** Makes @p rows (the model's own list) into @p next, telling the views row by row; a row
     *  is the same row when @p keyOf (Row -> QString) gives the same key. Afterwards @p rows
     *  equals @p next. */
    template <typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, QList<Row> next, KeyOf keyOf)
    {
        QSet<QString> wanted;
        for (const Row &r : next)
            wanted.insert(keyOf(r));
        for (qsizetype i = rows.size() - 1; i >= 0; --i)
            if (!wanted.contains(keyOf(rows.at(i)))) {
                beginRemoveRows({}, int(i), int(i));
                rows.removeAt(i);
                endRemoveRows();
            }
        for (qsizetype i = 0; i < next.size(); ++i) {
            const QString key = keyOf(next.at(i));
            qsizetype at = -1;
            for (qsizetype j = i; j < rows.size() && at < 0; ++j)
                if (keyOf(rows.at(j)) == key)
                    at = j;
            if (at < 0) {
                beginInsertRows({}, int(i), int(i));
                rows.insert(i, std::move(next[i]));
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, int(at), int(at), {}, int(i));
                rows.move(at, i);
                endMoveRows();
            }
            rows[i] = std::move(next[i]);
        }
        // A key given twice before and once now leaves a spare row behind the new ones.
        if (rows.size() > next.size()) {
            beginRemoveRows({}, int(next.size()), int(rows.size() - 1));
            rows.resize(next.size());
            endRemoveRows();
        }
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(rows.size() - 1)));
    }
};

} // namespace jiujin
