#pragma once

#include "result.h"
#include "settingkeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {

class Database;

struct DepartmentRow
{
    QString code, nameZh, nameEn, agencyZh, agencyEn;
    int position = 0;
    int itemCount = 0; ///< filled by departments(); ignored on write
    QString agencyMn;  ///< `agency.mn` as written; empty when the bundle has none
};

struct PointRow
{
    QString code, nameZh, nameEn, level, addressZh, addressEn, hoursZh, hoursEn, phone;
    QStringList items; ///< item codes handled here; filled on write only
    /** 9-digit township codes served besides the point's own (e.g. a 派出所's area). */
    QStringList serves;
    /** Department code of an office (gongan: 派出所, shichang: 市场监管所); empty for a centre. */
    QString office;
    /** `mn` of name, address and hours as written; empty when the bundle has none (textIn). */
    QString nameMn, addressMn, hoursMn;
};

/** What the search tables hold for one item; all Latin text lower-case. */
struct SearchText
{
    QString name, nameEn, namePinyin, initials, keywords, keywordsPinyin, body;
    QList<QPair<QString, int>> grams; ///< 1-2 character grams with their field (3 name, 2 keyword)
};

struct ItemRow
{
    QString code, department, nameZh, nameEn;
    int position = 0;
    QByteArray guide;  ///< the validated item object as compact JSON
    SearchText search; ///< write only
};

/** A whole catalogue as written by one import. */
struct CatalogueSnapshot
{
    QString version;
    bool sample = true;
    QList<DepartmentRow> departments;
    QList<PointRow> points;
    QList<ItemRow> items;
};

/**
 * A change set from central as the store applies it: rows to insert or update (by code) and codes
 * to delete, for the catalogue at sequence @c from; afterwards the catalogue is at @c seq.
 */
struct CatalogueDelta
{
    qint64 from = 0, seq = 0;
    QString version;
    bool sample = true;
    QList<DepartmentRow> departments;
    QStringList departmentTombstones;
    QList<PointRow> points;
    QStringList pointTombstones;
    QList<ItemRow> items; ///< position is ignored: an item keeps its place, a new one goes last
    QStringList itemTombstones;
};

struct CatalogueInfo
{
    QString version;
    QDateTime importedAt;
    bool sample = true;
    int departments = 0, points = 0, items = 0;
};

/** A short row for lists: enough to show an item and whether this service point handles it. */
struct ItemSummary
{
    qint64 id = 0;
    QString code, department, nameZh, nameEn;
    bool handledHere = false;
};

/** One item as search holds it in memory: its summary and its short search columns as the
 * search tables store them (names: name, name_en, name_py, initials; keywords: keywords,
 * keywords_py). */
struct SearchFields
{
    ItemSummary item; ///< handledHere is not set
    QStringList names, keywords;
};

/** A match of the search tables: the item's rowid and the best field it matched (3 name .. 1 text).
 */
struct SearchHit
{
    qint64 id = 0;
    int tier = 0;
};

/** Owns the catalogue tables: replaces them atomically on import and answers the screens' queries.
 */
class CatalogueStore
{
public:
    explicit CatalogueStore(Database &db) : m_db(db) {}

    /**
     * Replaces the whole catalogue in one transaction; on any error nothing changes. The catalogue
     * is then at central's sequence @p seq (0 for a bundle imported locally); the audit entry
     * catalogue.switch names @p actor.
     */
    Result<void> replace(const CatalogueSnapshot &snapshot, const QDateTime &now, qint64 seq = 0,
                         const QString &actor = QStringLiteral("ctl"));
    /**
     * Applies a change set in one transaction, search tables included, and audits it as
     * catalogue.switch by @p actor. Error::Invalid when the catalogue is not at @p delta.from;
     * any error (a row that breaks a reference, say) leaves everything as it was. Tombstones for
     * codes this kiosk lacks are ignored.
     */
    Result<void> applyDelta(const CatalogueDelta &delta, const QDateTime &now,
                            const QString &actor);

    /** cataloguesetting::seq: 0 when the catalogue came from a local bundle (or there is none). */
    qint64 sequence();
    /** cataloguesetting::generation: changes whenever the catalogue does. */
    qint64 generation();

    std::optional<CatalogueInfo> info();
    QList<DepartmentRow> departments();
    /** Items of a department (all when empty); those handled at @p point first, then by position.
     */
    QList<ItemSummary> items(const QString &department, const QString &point);
    QList<ItemSummary> itemsById(const QList<qint64> &ids, const QString &point);
    std::optional<QByteArray> guide(const QString &code);
    /** Every item's Mongolian name (the guide's `name.mn`), by item code, in one query: items
     *  without one are left out. Mongolian mode reads it at start and on each switch, so it does
     *  not parse every guide (§9e "First frame in Mongolian"). */
    QHash<QString, QString> mongolianNames();
    /** The item's name in Chinese or English; empty for an unknown code. */
    QString itemName(const QString &code, bool english);
    std::optional<PointRow> point(const QString &code);
    /** Points that handle the item, nearest level first (village, township, banner). */
    QList<PointRow> pointsHandling(const QString &itemCode);

    /**
     * Trigram substring match of @p text (3+ chars) in the Chinese or the Latin columns (only the
     * names with @p namesOnly). An item may come back once per tier; the service keeps its best.
     */
    QList<SearchHit> matchText(const QString &text, bool latin, bool namesOnly = false);
    /** matchText() in the guide text alone (tier 1): for Chinese text of 3+ chars. */
    QList<SearchHit> matchBody(const QString &text);
    /** Every item's summary and short search columns, by row id (SearchIndex is built from it). */
    QList<SearchFields> searchFields();
    /** Every gram of item_grams with its items and their best field: matchGram() of each. */
    QHash<QString, QList<SearchHit>> grams();
    /** Exact 1-2 character gram lookup in names, keywords and initials. */
    QList<SearchHit> matchGram(const QString &gram);

    /** Row ids of the items handled at @p point. */
    QSet<qint64> handledIds(const QString &point);

    /** Length in characters of every item's Chinese name, by row id. */
    QHash<qint64, int> nameLengths();
    /** Every distinct keyword of the catalogue's items (the words search cuts queries at). */
    QStringList keywords();

    QString setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);

private:
    Result<void> writeSearch(qint64 id, const SearchText &search);
    Result<void> dropSearch(qint64 id);
    /** Inserts or updates a point and replaces the list of items it handles. */
    Result<void> writePoint(const PointRow &point);
    /** Sets the sequence, bumps the generation and appends the audit entry. */
    Result<void> finishSwitch(qint64 seq, const QDateTime &now, const QString &actor,
                              const QString &version, const QString &detail);

    Database &m_db;
};

} // namespace jiujin
