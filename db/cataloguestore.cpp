#include "cataloguestore.h"

#include "auditlog.h"
#include "database.h"

namespace jiujin {

namespace {
Error failed(const Statement &stmt, const char *what)
{
    Error e = stmt.error().value_or(Error{Error::Io, QStringLiteral("unknown error")});
    e.message = QStringLiteral("%1: %2").arg(QLatin1String(what), e.message);
    return e;
}

PointRow pointFrom(Statement &s)
{
    return PointRow{s.text(0),
                    s.text(1),
                    s.text(2),
                    s.text(3),
                    s.text(4),
                    s.text(5),
                    s.text(6),
                    s.text(7),
                    s.text(8),
                    {},
                    s.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                    s.text(10),
                    s.text(11),
                    s.text(12),
                    s.text(13)};
}

constexpr const char *pointColumns =
    "code, name_zh, name_en, level, address_zh, address_en, "
    "hours_zh, hours_en, phone, serves, office, name_mn, address_mn, "
    "hours_mn";
} // namespace

Result<void> CatalogueStore::replace(const CatalogueSnapshot &snapshot, const QDateTime &now,
                                     qint64 seq, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const char *sql :
         {"DELETE FROM point_items", "DELETE FROM item_grams", "DELETE FROM item_fts_name",
          "DELETE FROM item_fts_keyword", "DELETE FROM item_fts_text", "DELETE FROM items",
          "DELETE FROM points", "DELETE FROM departments", "DELETE FROM catalogue_meta"}) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }

    auto meta = m_db.prepare(
        "INSERT INTO catalogue_meta (id, version, imported_at, sample) VALUES (1, ?, ?, ?)");
    meta.bind(1, snapshot.version)
        .bind(2, now.toUTC().toString(Qt::ISODate))
        .bind(3, qint64(snapshot.sample));
    if (auto r = meta.run(); !r)
        return r.error();

    auto dept =
        m_db.prepare("INSERT INTO departments (code, name_zh, name_en, agency_zh, agency_en,"
                     " position, agency_mn) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto &d : snapshot.departments) {
        dept.bind(1, d.code)
            .bind(2, d.nameZh)
            .bind(3, d.nameEn)
            .bind(4, d.agencyZh)
            .bind(5, d.agencyEn)
            .bind(6, qint64(d.position))
            .bind(7, d.agencyMn);
        if (auto r = dept.run(); !r)
            return failed(dept, "department");
        dept.reset();
    }

    auto item = m_db.prepare("INSERT INTO items (rowid, code, department, name_zh, name_en, "
                             "position, guide) VALUES (?, ?, ?, ?, ?, ?, ?)");
    qint64 id = 0;
    for (const auto &i : snapshot.items) {
        ++id;
        item.bind(1, id)
            .bind(2, i.code)
            .bind(3, i.department)
            .bind(4, i.nameZh)
            .bind(5, i.nameEn)
            .bind(6, qint64(i.position))
            .bind(7, QString::fromUtf8(i.guide));
        if (!item.run())
            return failed(item, "item");
        item.reset();
        if (auto r = writeSearch(id, i.search); !r)
            return r;
    }

    for (const auto &p : snapshot.points) {
        if (auto r = writePoint(p); !r)
            return r;
    }
    if (auto r = finishSwitch(
            seq, now, actor, snapshot.version,
            seq == 0 ? QStringLiteral("%1 items").arg(snapshot.items.size())
                     : QStringLiteral("seq %1: %2 items").arg(seq).arg(snapshot.items.size()));
        !r)
        return r;
    return tx.commit();
}

Result<void> CatalogueStore::writeSearch(qint64 id, const SearchText &s)
{
    auto ftsName = m_db.cached("INSERT INTO item_fts_name (rowid, name, name_en, name_py, "
                               "initials) VALUES (?, ?, ?, ?, ?)");
    ftsName.bind(1, id).bind(2, s.name).bind(3, s.nameEn).bind(4, s.namePinyin).bind(5, s.initials);
    if (!ftsName.run())
        return failed(ftsName, "search index");
    auto ftsKeyword =
        m_db.cached("INSERT INTO item_fts_keyword (rowid, keywords, keywords_py) VALUES (?, ?, ?)");
    ftsKeyword.bind(1, id).bind(2, s.keywords).bind(3, s.keywordsPinyin);
    if (!ftsKeyword.run())
        return failed(ftsKeyword, "search index");
    auto ftsText = m_db.cached("INSERT INTO item_fts_text (rowid, body) VALUES (?, ?)");
    ftsText.bind(1, id).bind(2, s.body);
    if (!ftsText.run())
        return failed(ftsText, "search index");
    auto gram =
        m_db.cached("INSERT OR IGNORE INTO item_grams (gram, item, field) VALUES (?, ?, ?)");
    for (const auto &[g, field] : s.grams) {
        gram.bind(1, g).bind(2, id).bind(3, qint64(field));
        if (!gram.run())
            return failed(gram, "search grams");
        gram.reset();
    }
    return {};
}

Result<void> CatalogueStore::dropSearch(qint64 id)
{
    for (const char *sql :
         {"DELETE FROM item_fts_name WHERE rowid = ?",
          "DELETE FROM item_fts_keyword WHERE rowid = ?",
          "DELETE FROM item_fts_text WHERE rowid = ?", "DELETE FROM item_grams WHERE item = ?"}) {
        auto s = m_db.prepare(sql);
        s.bind(1, id);
        if (!s.run())
            return failed(s, "search index");
    }
    return {};
}

Result<void> CatalogueStore::writePoint(const PointRow &p)
{
    auto point = m_db.prepare(
        "INSERT INTO points (code, name_zh, name_en, level, address_zh, address_en, hours_zh,"
        " hours_en, phone, serves, office, name_mn, address_mn, hours_mn)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET"
        " name_zh = excluded.name_zh, name_en = excluded.name_en, level = excluded.level,"
        " address_zh = excluded.address_zh, address_en = excluded.address_en,"
        " hours_zh = excluded.hours_zh, hours_en = excluded.hours_en, phone = excluded.phone,"
        " serves = excluded.serves, office = excluded.office, name_mn = excluded.name_mn,"
        " address_mn = excluded.address_mn, hours_mn = excluded.hours_mn");
    point.bind(1, p.code)
        .bind(2, p.nameZh)
        .bind(3, p.nameEn)
        .bind(4, p.level)
        .bind(5, p.addressZh)
        .bind(6, p.addressEn)
        .bind(7, p.hoursZh)
        .bind(8, p.hoursEn)
        .bind(9, p.phone)
        .bind(10, p.serves.join(QLatin1Char(' ')))
        .bind(11, p.office)
        .bind(12, p.nameMn)
        .bind(13, p.addressMn)
        .bind(14, p.hoursMn);
    if (!point.run())
        return failed(point, "point");
    auto clear = m_db.prepare("DELETE FROM point_items WHERE point = ?");
    clear.bind(1, p.code);
    if (!clear.run())
        return failed(clear, "point item");
    auto handled = m_db.cached("INSERT INTO point_items (point, item) VALUES (?, ?)");
    for (const auto &code : p.items) {
        handled.bind(1, p.code).bind(2, code);
        if (!handled.run())
            return failed(handled, "point item");
        handled.reset();
    }
    return {};
}

Result<void> CatalogueStore::finishSwitch(qint64 seq, const QDateTime &now, const QString &actor,
                                          const QString &version, const QString &detail)
{
    if (auto r = setSetting(QLatin1String(cataloguesetting::seq), QString::number(seq)); !r)
        return r;
    auto bump = m_db.prepare("INSERT INTO kiosk_settings (key, value) VALUES (?, '1')"
                             " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
    bump.bind(1, QLatin1String(cataloguesetting::generation));
    if (!bump.run())
        return failed(bump, "catalogue generation");
    return AuditLog(m_db).append(now, actor, QStringLiteral("catalogue.switch"), version, detail);
}

Result<void> CatalogueStore::applyDelta(const CatalogueDelta &delta, const QDateTime &now,
                                        const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // Checked inside the transaction: no other writer can move the catalogue in between.
    if (const qint64 current = sequence(); current != delta.from)
        return Error{Error::Invalid,
                     QStringLiteral("the changes are for catalogue seq %1, this kiosk has seq %2")
                         .arg(delta.from)
                         .arg(current)};

    auto meta = m_db.prepare(
        "INSERT INTO catalogue_meta (id, version, imported_at, sample) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
        " imported_at = excluded.imported_at, sample = excluded.sample");
    meta.bind(1, delta.version)
        .bind(2, now.toUTC().toString(Qt::ISODate))
        .bind(3, qint64(delta.sample));
    if (auto r = meta.run(); !r)
        return r.error();

    // Order keeps every reference whole at each step: departments before the items that name
    // them, items before the points that list them, and departments dropped last.
    auto dept = m_db.prepare(
        "INSERT INTO departments (code, name_zh, name_en, agency_zh, agency_en, position,"
        " agency_mn) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
        " name_zh = excluded.name_zh, name_en = excluded.name_en, agency_zh = excluded.agency_zh,"
        " agency_en = excluded.agency_en, position = excluded.position,"
        " agency_mn = excluded.agency_mn");
    for (const auto &d : delta.departments) {
        dept.bind(1, d.code)
            .bind(2, d.nameZh)
            .bind(3, d.nameEn)
            .bind(4, d.agencyZh)
            .bind(5, d.agencyEn)
            .bind(6, qint64(d.position))
            .bind(7, d.agencyMn);
        if (!dept.run())
            return failed(dept, "department");
        dept.reset();
    }

    auto find = [this](const QString &code) -> std::optional<qint64> {
        auto s = m_db.cached("SELECT rowid FROM items WHERE code = ?");
        s.bind(1, code);
        std::optional<qint64> id;
        if (s.step())
            id = s.integer(0);
        s.reset();
        return id;
    };
    int added = 0, changed = 0, removed = 0;
    for (const auto &i : delta.items) {
        qint64 id = 0;
        if (const auto existing = find(i.code)) {
            id = *existing;
            auto update = m_db.prepare("UPDATE items SET department = ?, name_zh = ?, name_en = ?, "
                                       "guide = ? WHERE rowid = ?");
            update.bind(1, i.department)
                .bind(2, i.nameZh)
                .bind(3, i.nameEn)
                .bind(4, QString::fromUtf8(i.guide))
                .bind(5, id);
            if (!update.run())
                return failed(update, "item");
            if (auto r = dropSearch(id); !r)
                return r;
            ++changed;
        } else {
            auto next = m_db.prepare(
                "SELECT coalesce(max(rowid), 0) + 1, coalesce(max(position), -1) + 1 FROM items");
            if (!next.step())
                return failed(next, "item");
            id = next.integer(0);
            auto insert = m_db.prepare(
                "INSERT INTO items (rowid, code, department, name_zh, name_en, position, guide)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, id)
                .bind(2, i.code)
                .bind(3, i.department)
                .bind(4, i.nameZh)
                .bind(5, i.nameEn)
                .bind(6, next.integer(1))
                .bind(7, QString::fromUtf8(i.guide));
            if (!insert.run())
                return failed(insert, "item");
            ++added;
        }
        if (auto r = writeSearch(id, i.search); !r)
            return r;
    }
    for (const QString &code : delta.itemTombstones) {
        const auto id = find(code);
        if (!id)
            continue;
        if (auto r = dropSearch(*id); !r)
            return r;
        auto drop = m_db.prepare("DELETE FROM items WHERE rowid = ?");
        drop.bind(1, *id);
        if (!drop.run())
            return failed(drop, "item");
        ++removed;
    }

    for (const QString &code : delta.pointTombstones) {
        auto drop = m_db.prepare("DELETE FROM points WHERE code = ?");
        drop.bind(1, code);
        if (!drop.run())
            return failed(drop, "point");
    }
    for (const auto &p : delta.points) {
        if (auto r = writePoint(p); !r)
            return r;
    }
    for (const QString &code : delta.departmentTombstones) {
        auto drop = m_db.prepare("DELETE FROM departments WHERE code = ?");
        drop.bind(1, code);
        if (!drop.run())
            return failed(drop, "department (items still name it)");
    }

    const QString detail =
        QStringLiteral("seq %1 from %2: items +%3 ~%4 -%5, departments ~%6 -%7, points ~%8 -%9")
            .arg(delta.seq)
            .arg(delta.from)
            .arg(added)
            .arg(changed)
            .arg(removed)
            .arg(delta.departments.size())
            .arg(delta.departmentTombstones.size())
            .arg(delta.points.size())
            .arg(delta.pointTombstones.size());
    if (auto r = finishSwitch(delta.seq, now, actor, delta.version, detail); !r)
        return r;
    return tx.commit();
}

qint64 CatalogueStore::sequence()
{
    return setting(QLatin1String(cataloguesetting::seq)).toLongLong();
}

qint64 CatalogueStore::generation()
{
    return setting(QLatin1String(cataloguesetting::generation)).toLongLong();
}

std::optional<CatalogueInfo> CatalogueStore::info()
{
    auto s = m_db.prepare(
        "SELECT version, imported_at, sample, (SELECT count(*) FROM departments),"
        " (SELECT count(*) FROM points), (SELECT count(*) FROM items) FROM catalogue_meta");
    if (!s.step())
        return std::nullopt;
    return CatalogueInfo{s.text(0),         QDateTime::fromString(s.text(1), Qt::ISODate),
                         s.integer(2) != 0, int(s.integer(3)),
                         int(s.integer(4)), int(s.integer(5))};
}

QList<DepartmentRow> CatalogueStore::departments()
{
    QList<DepartmentRow> rows;
    auto s =
        m_db.prepare("SELECT d.code, d.name_zh, d.name_en, d.agency_zh, d.agency_en, d.position,"
                     " (SELECT count(*) FROM items i WHERE i.department = d.code), d.agency_mn"
                     " FROM departments d ORDER BY d.position");
    while (s.step())
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), int(s.integer(5)),
                     int(s.integer(6)), s.text(7)});
    return rows;
}

QList<ItemSummary> CatalogueStore::items(const QString &department, const QString &point)
{
    QList<ItemSummary> rows;
    auto s = m_db.prepare(
        "SELECT i.rowid, i.code, i.department, i.name_zh, i.name_en,"
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
    auto s =
        m_db.cached("SELECT i.rowid, i.code, i.department, i.name_zh, i.name_en,"
                    " EXISTS (SELECT 1 FROM point_items p WHERE p.point = ?2 AND p.item = i.code)"
                    " FROM json_each(?1) j JOIN items i ON i.rowid = j.value ORDER BY j.key");
    s.bind(1, QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']')).bind(2, point);
    while (s.step())
        rows.append({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.integer(5) != 0});
    return rows;
}

std::optional<QByteArray> CatalogueStore::guide(const QString &code)
{
    // Read on every submit and booking (SubmissionService checks its parsed copy against it):
    // prepared once, and the stored UTF-8 taken as it is rather than through a QString.
    auto s = m_db.cached("SELECT guide FROM items WHERE code = ?");
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return s.blob(0);
}

QHash<QString, QString> CatalogueStore::mongolianNames()
{
    // The same value CatalogueService::mongolianItemName reads from the parsed guide: name.mn
    // when it is a string (a bundle's Text), as stored (U+202F, U+180B–U+180F kept).
    QHash<QString, QString> names;
    auto s = m_db.prepare("SELECT code, json_extract(guide, '$.name.mn') FROM items"
                          " WHERE json_type(guide, '$.name.mn') = 'text'");
    while (s.step())
        if (QString mn = s.text(1); !mn.isEmpty())
            names.insert(s.text(0), std::move(mn));
    return names;
}

QString CatalogueStore::itemName(const QString &code, bool english)
{
    auto s = m_db.prepare(english ? "SELECT name_en FROM items WHERE code = ?"
                                  : "SELECT name_zh FROM items WHERE code = ?");
    s.bind(1, code);
    return s.step() ? s.text(0) : QString();
}

std::optional<PointRow> CatalogueStore::point(const QString &code)
{
    auto s = m_db.prepare(
        (QByteArray("SELECT ") + pointColumns + " FROM points WHERE code = ?").constData());
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return pointFrom(s);
}

QList<PointRow> CatalogueStore::pointsHandling(const QString &itemCode)
{
    QList<PointRow> rows;
    auto s = m_db.prepare(
        (QByteArray("SELECT ") + pointColumns +
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
    static const char *const tiers[] = {
        "SELECT rowid FROM item_fts_name WHERE item_fts_name MATCH ?",
        "SELECT rowid FROM item_fts_keyword WHERE item_fts_keyword MATCH ?",
        "SELECT rowid FROM item_fts_text WHERE item_fts_text MATCH ?"};
    QList<SearchHit> hits;
    const int tierCount = namesOnly ? 1 : latin ? 2 : 3;
    for (int i = 0; i < tierCount; ++i) {
        auto s = m_db.cached(tiers[i]);
        s.bind(1, phrase);
        while (s.step())
            hits.append({s.integer(0), 3 - i});
    }
    return hits;
}

QList<SearchHit> CatalogueStore::matchBody(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    auto s = m_db.cached("SELECT rowid FROM item_fts_text WHERE item_fts_text MATCH ?");
    s.bind(1, QLatin1Char('"') + phrase + QLatin1Char('"'));
    QList<SearchHit> hits;
    while (s.step())
        hits.append({s.integer(0), 1});
    return hits;
}

QList<SearchFields> CatalogueStore::searchFields()
{
    QList<SearchFields> rows;
    auto s = m_db.prepare(
        "SELECT i.rowid, i.code, i.department, i.name_zh, i.name_en, n.name, n.name_en, n.name_py,"
        " n.initials, k.keywords, k.keywords_py FROM items i"
        " LEFT JOIN item_fts_name n ON n.rowid = i.rowid"
        " LEFT JOIN item_fts_keyword k ON k.rowid = i.rowid ORDER BY i.rowid");
    while (s.step()) {
        rows.append({{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), false},
                     {s.text(5), s.text(6), s.text(7), s.text(8)},
                     {s.text(9), s.text(10)}});
    }
    return rows;
}

QHash<QString, QList<SearchHit>> CatalogueStore::grams()
{
    // In key order (gram, item, field): an item's best field comes last.
    QHash<QString, QList<SearchHit>> out;
    auto s = m_db.prepare("SELECT gram, item, field FROM item_grams ORDER BY gram, item, field");
    QString gram;
    QList<SearchHit> *hits = nullptr;
    while (s.step()) {
        const QString g = s.text(0);
        if (!hits || g != gram) {
            gram = g;
            hits = &out[gram];
        }
        const qint64 item = s.integer(1);
        const int field = int(s.integer(2));
        if (!hits->isEmpty() && hits->back().id == item)
            hits->back().tier = std::max(hits->back().tier, field);
        else
            hits->append({item, field});
    }
    return out;
}

QList<SearchHit> CatalogueStore::matchGram(const QString &gram)
{
    auto s = m_db.cached("SELECT item, max(field) FROM item_grams WHERE gram = ? GROUP BY item");
    s.bind(1, gram);
    QList<SearchHit> hits;
    while (s.step())
        hits.append({s.integer(0), int(s.integer(1))});
    return hits;
}

QSet<qint64> CatalogueStore::handledIds(const QString &point)
{
    QSet<qint64> ids;
    auto s = m_db.prepare(
        "SELECT i.rowid FROM point_items p JOIN items i ON i.code = p.item WHERE p.point = ?");
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

QStringList CatalogueStore::keywords()
{
    QStringList words;
    auto s =
        m_db.prepare("SELECT DISTINCT k.value FROM items, json_each(items.guide, '$.keywords') k"
                     " WHERE k.type = 'text'");
    while (s.step())
        words.append(s.text(0));
    return words;
}

QString CatalogueStore::setting(const QString &key)
{
    auto s = m_db.cached("SELECT value FROM kiosk_settings WHERE key = ?");
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
