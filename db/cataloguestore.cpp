#include "cataloguestore.h"

#include "auditlog.h"
#include "database.h"

namespace jiujin {

namespace {
Error failed(Statement &stmt, const char *what)
{
    Error e = stmt.error().value_or(Error{Error::Io, QStringLiteral("unknown error")});
    e.message = QStringLiteral("%1: %2").arg(QLatin1String(what), e.message);
    return e;
}

PointRow pointFrom(Statement &s)
{
    return PointRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),
                    s.text(5), s.text(6), s.text(7), s.text(8), {}};
}

constexpr const char *pointColumns =
    "code, name_zh, name_en, level, address_zh, address_en, hours_zh, hours_en, phone";
} // namespace

Result<void> CatalogueStore::replace(const CatalogueSnapshot &snapshot, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const char *sql : {"DELETE FROM point_items", "DELETE FROM item_grams", "DELETE FROM item_fts_name",
                            "DELETE FROM item_fts_keyword", "DELETE FROM item_fts_text",
                            "DELETE FROM items", "DELETE FROM points", "DELETE FROM departments",
                            "DELETE FROM catalogue_meta"}) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }

    auto meta = m_db.prepare("INSERT INTO catalogue_meta (id, version, imported_at, sample) VALUES (1, ?, ?, ?)");
    meta.bind(1, snapshot.version).bind(2, now.toUTC().toString(Qt::ISODate)).bind(3, qint64(snapshot.sample));
    if (auto r = meta.run(); !r)
        return r.error();

    auto dept = m_db.prepare("INSERT INTO departments VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto &d : snapshot.departments) {
        dept.bind(1, d.code).bind(2, d.nameZh).bind(3, d.nameEn).bind(4, d.agencyZh).bind(5, d.agencyEn).bind(6, qint64(d.position));
        if (auto r = dept.run(); !r)
            return failed(dept, "department");
        dept.reset();
    }

    auto item = m_db.prepare("INSERT INTO items (rowid, code, department, name_zh, name_en, position, guide) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto ftsName = m_db.prepare("INSERT INTO item_fts_name (rowid, name, name_en, name_py, initials) VALUES (?, ?, ?, ?, ?)");
    auto ftsKeyword = m_db.prepare("INSERT INTO item_fts_keyword (rowid, keywords, keywords_py) VALUES (?, ?, ?)");
    auto ftsText = m_db.prepare("INSERT INTO item_fts_text (rowid, body) VALUES (?, ?)");
    auto gram = m_db.prepare("INSERT OR IGNORE INTO item_grams (gram, item, field) VALUES (?, ?, ?)");
    qint64 id = 0;
    for (const auto &i : snapshot.items) {
        ++id;
        item.bind(1, id).bind(2, i.code).bind(3, i.department).bind(4, i.nameZh).bind(5, i.nameEn)
            .bind(6, qint64(i.position)).bind(7, QString::fromUtf8(i.guide));
        if (!item.run())
            return failed(item, "item");
        item.reset();
        const SearchText &s = i.search;
        ftsName.bind(1, id).bind(2, s.name).bind(3, s.nameEn).bind(4, s.namePinyin).bind(5, s.initials);
        ftsKeyword.bind(1, id).bind(2, s.keywords).bind(3, s.keywordsPinyin);
        ftsText.bind(1, id).bind(2, s.body);
        for (Statement *insert : {&ftsName, &ftsKeyword, &ftsText}) {
            if (!insert->run())
                return failed(*insert, "search index");
            insert->reset();
        }
        for (const auto &[g, field] : s.grams) {
            gram.bind(1, g).bind(2, id).bind(3, qint64(field));
            if (!gram.run())
                return failed(gram, "search grams");
            gram.reset();
        }
    }

    auto point = m_db.prepare("INSERT INTO points VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto handled = m_db.prepare("INSERT INTO point_items (point, item) VALUES (?, ?)");
    for (const auto &p : snapshot.points) {
        point.bind(1, p.code).bind(2, p.nameZh).bind(3, p.nameEn).bind(4, p.level).bind(5, p.addressZh)
            .bind(6, p.addressEn).bind(7, p.hoursZh).bind(8, p.hoursEn).bind(9, p.phone);
        if (!point.run())
            return failed(point, "point");
        point.reset();
        for (const auto &code : p.items) {
            handled.bind(1, p.code).bind(2, code);
            if (!handled.run())
                return failed(handled, "point item");
            handled.reset();
        }
    }
    if (auto r = AuditLog(m_db).append(now, QStringLiteral("ctl"), QStringLiteral("catalogue.switch"), snapshot.version,
                                       QStringLiteral("%1 items").arg(snapshot.items.size()));
        !r)
        return r;
    return tx.commit();
}

std::optional<CatalogueInfo> CatalogueStore::info()
{
    auto s = m_db.prepare("SELECT version, imported_at, sample, (SELECT count(*) FROM departments),"
                          " (SELECT count(*) FROM points), (SELECT count(*) FROM items) FROM catalogue_meta");
    if (!s.step())
        return std::nullopt;
    return CatalogueInfo{s.text(0), QDateTime::fromString(s.text(1), Qt::ISODate), s.integer(2) != 0,
                         int(s.integer(3)), int(s.integer(4)), int(s.integer(5))};
}

QList<DepartmentRow> CatalogueStore::departments()
{
    QList<DepartmentRow> rows;
    auto s = m_db.prepare("SELECT d.code, d.name_zh, d.name_en, d.agency_zh, d.agency_en, d.position,"
                          " (SELECT count(*) FROM items i WHERE i.department = d.code)"
                          " FROM departments d ORDER BY d.position");
    while (s.step())
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), int(s.integer(5)), int(s.integer(6))});
    return rows;
}

QList<ItemSummary> CatalogueStore::items(const QString &department, const QString &point)
{
    QList<ItemSummary> rows;
    auto s = m_db.prepare("SELECT i.rowid, i.code, i.department, i.name_zh, i.name_en,"
                          " EXISTS (SELECT 1 FROM point_items p WHERE p.point = ?2 AND p.item = i.code) AS here"
                          " FROM items i WHERE ?1 = '' OR i.department = ?1"
                          " ORDER BY here DESC, i.position");
    s.bind(1, department).bind(2, point);
    while (s.step())
        rows.append({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.integer(5) != 0});
    return rows;
}

QList<ItemSummary> CatalogueStore::itemsById(const QList<qint64> &ids, const QString &point)
{
    // One statement for the whole page of results, in the order given.
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    QList<ItemSummary> rows;
    Statement &s = m_db.cached("SELECT i.rowid, i.code, i.department, i.name_zh, i.name_en,"
                               " EXISTS (SELECT 1 FROM point_items p WHERE p.point = ?2 AND p.item = i.code)"
                               " FROM json_each(?1) j JOIN items i ON i.rowid = j.value ORDER BY j.key");
    s.bind(1, QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']')).bind(2, point);
    while (s.step())
        rows.append({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.integer(5) != 0});
    return rows;
}

std::optional<QByteArray> CatalogueStore::guide(const QString &code)
{
    auto s = m_db.prepare("SELECT guide FROM items WHERE code = ?");
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return s.text(0).toUtf8();
}

std::optional<PointRow> CatalogueStore::point(const QString &code)
{
    auto s = m_db.prepare((QByteArray("SELECT ") + pointColumns + " FROM points WHERE code = ?").constData());
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return pointFrom(s);
}

QList<PointRow> CatalogueStore::pointsHandling(const QString &itemCode)
{
    QList<PointRow> rows;
    auto s = m_db.prepare((QByteArray("SELECT ") + pointColumns +
                           " FROM points WHERE code IN (SELECT point FROM point_items WHERE item = ?)"
                           " ORDER BY CASE level WHEN 'village' THEN 0 WHEN 'township' THEN 1 ELSE 2 END, code")
                              .constData());
    s.bind(1, itemCode);
    while (s.step())
        rows.append(pointFrom(s));
    return rows;
}

QList<SearchHit> CatalogueStore::matchText(const QString &text, bool latin, bool namesOnly)
{
    // Each tier has its own table, so a plain MATCH per table reads only the index. Latin text
    // (pinyin, initials, English) is only in names and keywords. The phrase is quoted, so
    // nothing a user types is FTS syntax.
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    phrase = QLatin1Char('"') + phrase + QLatin1Char('"');
    static const char *const tiers[] = {"SELECT rowid FROM item_fts_name WHERE item_fts_name MATCH ?",
                                        "SELECT rowid FROM item_fts_keyword WHERE item_fts_keyword MATCH ?",
                                        "SELECT rowid FROM item_fts_text WHERE item_fts_text MATCH ?"};
    QList<SearchHit> hits;
    const int tierCount = namesOnly ? 1 : latin ? 2 : 3;
    for (int i = 0; i < tierCount; ++i) {
        Statement &s = m_db.cached(tiers[i]);
        s.bind(1, phrase);
        while (s.step())
            hits.append({s.integer(0), 3 - i});
    }
    return hits;
}

QList<SearchHit> CatalogueStore::matchGram(const QString &gram)
{
    Statement &s = m_db.cached("SELECT item, max(field) FROM item_grams WHERE gram = ? GROUP BY item");
    s.bind(1, gram);
    QList<SearchHit> hits;
    while (s.step())
        hits.append({s.integer(0), int(s.integer(1))});
    return hits;
}

QSet<qint64> CatalogueStore::handledIds(const QString &point)
{
    QSet<qint64> ids;
    auto s = m_db.prepare("SELECT i.rowid FROM point_items p JOIN items i ON i.code = p.item WHERE p.point = ?");
    s.bind(1, point);
    while (s.step())
        ids.insert(s.integer(0));
    return ids;
}

QHash<qint64, int> CatalogueStore::nameLengths()
{
    QHash<qint64, int> lengths;
    auto s = m_db.prepare("SELECT rowid, length(name_zh) FROM items");
    while (s.step())
        lengths.insert(s.integer(0), int(s.integer(1)));
    return lengths;
}

QString CatalogueStore::setting(const QString &key)
{
    auto s = m_db.prepare("SELECT value FROM kiosk_settings WHERE key = ?");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

Result<void> CatalogueStore::setSetting(const QString &key, const QString &value)
{
    auto s = m_db.prepare("INSERT INTO kiosk_settings (key, value) VALUES (?, ?)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    return s.run();
}

} // namespace jiujin
