#include "submissionservice.h"

#include "auditlog.h"
#include "casestatusstore.h"
#include "cataloguestore.h"
#include "chinatime.h"
#include "database.h"
#include "envelope.h"
#include "formschema.h"
#include "keys.h"
#include "receiptnumber.h"
#include "validation.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

#include <openssl/crypto.h>

namespace jiujin {

QString MaterialEntry::kindName(Kind kind)
{
    switch (kind) {
    case MaterialEntry::Kind::Attached:
        return QStringLiteral("attached");
    case MaterialEntry::Kind::ECertificate:
        return QStringLiteral("e_certificate");
    case MaterialEntry::Kind::ToFollow:
        return QStringLiteral("to_follow");
    case MaterialEntry::Kind::Committed:
        return QStringLiteral("committed");
    case MaterialEntry::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

namespace {
void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach();
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/**
 * Seals @p record's parts (with @p seed, a seal prepared ahead for @p central, when there is one)
 * and inserts it with its audit entry; call inside a transaction. @p extraMeta joins the metadata
 * (a booking's slot, ticket and lease).
 */
Result<void> queue(Database &db, const protocol::Key &central,
                   std::unique_ptr<protocol::SealerSeed> seed, OutboxRecord &record,
                   const QByteArray &plaintext, const QList<QByteArray> &attachmentPlaintexts,
                   const QString &actor, const QJsonObject &extraMeta = {})
{
    record.suite = protocol::suiteName(central.suite());
    QJsonObject meta{
        {QStringLiteral("v"), 1},
        {QStringLiteral("uuid"), record.uuid},
        {QStringLiteral("kind"), record.kind},
        {QStringLiteral("receipt"), record.receipt},
        {QStringLiteral("refers_to"), record.refersTo},
        {QStringLiteral("item"), record.itemCode},
        {QStringLiteral("point"), record.pointCode},
        {QStringLiteral("created"), iso(record.createdAt)},
        {QStringLiteral("staff"), record.staffId},
        {QStringLiteral("authorisation"), record.authorisation},
        {QStringLiteral("suite"), record.suite},
        {QStringLiteral("attachments"), int(attachmentPlaintexts.size())},
    };
    for (auto it = extraMeta.begin(); it != extraMeta.end(); ++it)
        meta.insert(it.key(), it.value());
    record.meta = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    auto sealer = seed ? protocol::RecordSealer::create(std::move(*seed), record.meta)
                       : protocol::RecordSealer::create(central, record.meta);
    if (!sealer)
        return sealer.error();
    record.keyHeader = sealer->keyHeader();
    auto payload = sealer->seal(plaintext, record.meta);
    if (!payload)
        return payload.error();
    record.payload = payload.value();
    for (int i = 0; i < attachmentPlaintexts.size(); ++i) {
        auto part = sealer->seal(attachmentPlaintexts.at(i),
                                 record.meta + "#attachment" + QByteArray::number(i));
        if (!part)
            return part.error();
        record.attachments.append(part.value());
    }
    if (auto r = OutboxStore(db).insert(record); !r)
        return r;
    return AuditLog(db).append(record.createdAt, actor, QStringLiteral("record.queued"),
                               record.uuid, record.kind + QLatin1Char(' ') + record.itemCode);
}
} // namespace

void Application::wipe()
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        it->fill(QChar(0));
        it->clear();
    }
    values.clear();
    for (MaterialEntry &m : materials) {
        for (auto &image : m.images)
            wipeBytes(image.first);
        m.certificate.fill(QChar(0));
    }
    materials.clear();
    fromCard.clear();
    consented = false;
}

SubmissionService::SubmissionService(Database &db, std::function<QDateTime()> clock)
    : m_db(db), m_clock(std::move(clock)), m_calendar(db)
{
}

SubmissionService::~SubmissionService() = default;

const SubmissionService::ItemRules *SubmissionService::rules(const QString &code)
{
    // The guide is read each time (one indexed row), but parsed only when it changed.
    const auto json = CatalogueStore(m_db).guide(code);
    if (!json)
        return nullptr;
    auto cached = m_rules.find(code);
    if (cached != m_rules.end() && cached->guide == *json)
        return &*cached;
    const QJsonObject item = QJsonDocument::fromJson(*json).object();
    auto form = FormSchema::fromJson(item.value(QLatin1String("form")).toArray());
    if (!form)
        return nullptr;
    return &*m_rules.insert(code, ItemRules{*json, form.value(),
                                            item.value(QLatin1String("materials")).toArray(),
                                            item.value(QLatin1String("promised_days")).toInt()});
}

const protocol::Key *SubmissionService::centralKey()
{
    // Parsed again only when the setting changes (jiujinctl central-key set, enrolment).
    const QString pem = CatalogueStore(m_db).setting(QLatin1String(kiosksetting::centralKey));
    if (pem != m_centralPem) {
        m_centralPem = pem;
        auto key = protocol::Key::fromPem(pem.toLatin1());
        m_central = key && key->canSeal() ? std::make_unique<protocol::Key>(std::move(key.value()))
                                          : nullptr;
        m_seed.reset();
    }
    return m_central.get();
}

void SubmissionService::prepareSeal()
{
    if (m_seed)
        return;
    if (const protocol::Key *central = centralKey())
        if (auto seed = protocol::RecordSealer::prepare(*central))
            m_seed = std::make_unique<protocol::SealerSeed>(std::move(seed.value()));
}

QString SubmissionService::readinessProblem()
{
    return readinessProblem(CatalogueStore(m_db).setting(QLatin1String(kiosksetting::point)));
}

QString SubmissionService::readinessProblem(const QString &point)
{
    if (point.size() < 9)
        return QCoreApplication::translate("jiujin::SubmissionService",
                                           "本机还没有设置服务点，请联系工作人员");
    if (!centralKey())
        return QCoreApplication::translate(
            "jiujin::SubmissionService",
            "本机还没有配置上级平台的加密公钥，暂时不能受理申请，请联系工作人员");
    return {};
}

QHash<QString, QString> SubmissionService::check(const Application &app)
{
    return check(app, rules(app.itemCode));
}

QHash<QString, QString> SubmissionService::check(const Application &app, const ItemRules *rules)
{
    QHash<QString, QString> problems;
    if (!rules) {
        problems.insert(QStringLiteral("item"),
                        QCoreApplication::translate("jiujin::SubmissionService",
                                                    "找不到这个事项，请返回重新选择"));
        return problems;
    }
    const QDate today = chinaDate(m_clock());
    for (const FieldSpec &field : rules->form.fields) {
        const QString message = validation::check(field, app.values.value(field.id), today);
        if (!message.isEmpty())
            problems.insert(field.id, message);
    }
    for (auto it = app.values.cbegin(); it != app.values.cend(); ++it)
        if (!rules->form.field(it.key()))
            problems.insert(it.key(), QCoreApplication::translate("jiujin::SubmissionService",
                                                                  "表单里没有这一项"));
    QHash<int, const MaterialEntry *> chosen;
    for (const MaterialEntry &m : app.materials)
        chosen.insert(m.index, &m);
    for (int i = 0; i < rules->materials.size(); ++i) {
        const QJsonObject material = rules->materials.at(i).toObject();
        const MaterialEntry *m = chosen.value(i);
        const auto kind = m ? m->kind : MaterialEntry::Kind::None;
        const QString key = QStringLiteral("material.%1").arg(i);
        if (kind == MaterialEntry::Kind::None && material.value(QLatin1String("required")).toBool())
            problems.insert(key,
                            QCoreApplication::translate(
                                "jiujin::SubmissionService",
                                "这份材料是必需的：请拍照上传、扫电子证照，或按允许的方式办理"));
        else if (kind == MaterialEntry::Kind::ToFollow &&
                 !material.value(QLatin1String("rongque")).toBool())
            problems.insert(key, QCoreApplication::translate("jiujin::SubmissionService",
                                                             "这份材料不能容缺后补，今天需要提供"));
        else if (kind == MaterialEntry::Kind::Committed &&
                 !material.value(QLatin1String("commitment")).toBool())
            problems.insert(key, QCoreApplication::translate("jiujin::SubmissionService",
                                                             "这份材料不能用告知承诺代替"));
        else if (kind == MaterialEntry::Kind::Attached && m->images.isEmpty())
            problems.insert(key, QCoreApplication::translate("jiujin::SubmissionService",
                                                             "还没有拍照上传这份材料"));
        else if (kind == MaterialEntry::Kind::ECertificate && m->certificate.trimmed().isEmpty())
            problems.insert(key, QCoreApplication::translate("jiujin::SubmissionService",
                                                             "还没有扫描电子证照"));
    }
    for (const MaterialEntry &m : app.materials)
        if (m.index < 0 || m.index >= rules->materials.size())
            problems.insert(
                QStringLiteral("material.%1").arg(m.index),
                QCoreApplication::translate("jiujin::SubmissionService", "这个事项没有这份材料"));
    if (!app.consented)
        problems.insert(QStringLiteral("consent"),
                        QCoreApplication::translate("jiujin::SubmissionService",
                                                    "请先阅读并同意个人信息处理告知"));
    if (!app.staffId.isEmpty() && app.authorisation != QLatin1String("in_person") &&
        app.authorisation != QLatin1String("letter"))
        problems.insert(QStringLiteral("authorisation"),
                        QCoreApplication::translate("jiujin::SubmissionService",
                                                    "代办须说明申请人如何授权：本人在场或委托书"));
    return problems;
}

Result<Queued> SubmissionService::submit(const Application &app)
{
    // Each setting and the item's rules are read once here (statements prepared once): the
    // time between the tap and the receipt should be the commit's, not ours (issue 20).
    const QString point = CatalogueStore(m_db).setting(QLatin1String(kiosksetting::point));
    if (const QString problem = readinessProblem(point); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    const protocol::Key *central = centralKey(); // first: a changed key drops the prepared seal
    const ItemRules *found = this->rules(app.itemCode);
    const auto problems = check(app, found);
    if (!problems.isEmpty())
        return Error{Error::Invalid, problems.cbegin().value()};
    const ItemRules &rules = *found;
    const QDateTime now = m_clock();

    Queued queued;
    queued.createdAt = now;
    queued.promisedDays = rules.promisedDays;
    QJsonObject fields;
    for (const FieldSpec &field : rules.form.fields) {
        QString value = app.values.value(field.id).trimmed();
        if (field.type == FieldSpec::Type::IdNumber)
            value = validation::normaliseIdNumber(value);
        else if (field.type == FieldSpec::Type::Phone)
            value = validation::normaliseMobile(value);
        fields.insert(field.id, value);
    }
    QJsonArray materials;
    QList<QByteArray> attachments;
    for (const MaterialEntry &m : app.materials) {
        const QString name = rules.materials.at(m.index)
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toObject()
                                 .value(QLatin1String("zh"))
                                 .toString();
        QJsonObject entry{{QStringLiteral("index"), m.index},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("status"), MaterialEntry::kindName(m.kind)}};
        if (m.kind == MaterialEntry::Kind::Attached) {
            QJsonArray positions;
            for (const auto &image : m.images) {
                positions.append(int(attachments.size()));
                attachments.append(image.second.toLatin1() + '\n' + image.first);
            }
            entry.insert(QStringLiteral("attachments"), positions);
        } else if (m.kind == MaterialEntry::Kind::ECertificate) {
            entry.insert(QStringLiteral("certificate"), m.certificate.trimmed());
        } else if (m.kind == MaterialEntry::Kind::ToFollow) {
            queued.toFollow.append(name);
        } else if (m.kind == MaterialEntry::Kind::Committed) {
            queued.committed.append(name);
        }
        materials.append(entry);
    }
    if (!queued.toFollow.isEmpty()) {
        auto calendar = m_calendar.calendar();
        if (!calendar)
            return calendar.error();
        queued.toFollowBy = calendar->addWorkingDays(chinaDate(now), followUpDays);
        queued.toFollowByEstimated = !calendar->officialThrough(chinaDate(now), queued.toFollowBy);
    }
    QByteArray plaintext =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("fields"), fields},
                {QStringLiteral("from_card"), QJsonArray::fromStringList(app.fromCard.values())},
                {QStringLiteral("materials"), materials},
                {QStringLiteral("to_follow_by"), queued.toFollowBy.toString(Qt::ISODate)},
                {QStringLiteral("consent"),
                 QJsonObject{{QStringLiteral("version"), QLatin1String(consentVersion)},
                             {QStringLiteral("accepted_at"), iso(now)}}},
            })
            .toJson(QJsonDocument::Compact);

    OutboxRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = QStringLiteral("submission");
    record.itemCode = app.itemCode;
    record.pointCode = point;
    record.createdAt = now;
    record.staffId = app.staffId;
    record.authorisation = app.staffId.isEmpty() ? QString() : app.authorisation;

    Result<void> done;
    {
        Transaction tx(m_db);
        done = tx.begun();
        if (done) {
            auto number = nextReceiptNumber(point);
            if (!number) {
                done = number.error();
            } else {
                record.receipt = number.value();
                done = queue(m_db, *central, std::move(m_seed), record, plaintext, attachments,
                             app.staffId.isEmpty() ? QStringLiteral("kiosk")
                                                   : QStringLiteral("staff:") + app.staffId);
            }
            if (done)
                done = tx.commit();
        }
    }
    wipeBytes(plaintext);
    for (QByteArray &a : attachments)
        wipeBytes(a);
    if (!done)
        return done.error();
    queued.uuid = record.uuid;
    queued.receipt = record.receipt;
    return queued;
}

QStringList SubmissionService::ratingIndicators()
{
    return {QStringLiteral("efficiency"), QStringLiteral("competence"), QStringLiteral("attitude")};
}

QHash<QString, int> SubmissionService::indicatorLevels(const QVariantMap &chosen)
{
    QHash<QString, int> levels;
    for (auto it = chosen.begin(); it != chosen.end(); ++it)
        if (const int level = it.value().toInt(); level != 0)
            levels.insert(it.key(), level); // out of range: rate() refuses it
    return levels;
}

Result<QString> SubmissionService::rate(const QString &typedReceipt, int level,
                                        const QStringList &reasons,
                                        const QHash<QString, int> &indicators)
{
    const auto number = receipt::normalise(typedReceipt);
    const auto submission = number ? OutboxStore(m_db).byReceipt(*number) : std::nullopt;
    if (!submission)
        return Error{Error::NotFound, QCoreApplication::translate("jiujin::SubmissionService",
                                                                  "没有找到这个受理编号")};
    if (level < 1 || level > 5)
        return Error{Error::Invalid, QStringLiteral("rating level %1 is not 1-5").arg(level)};
    bool anyBad = level >= 4; // 不满意 and 非常不满意 are followed up (差评整改)
    QJsonObject indicatorJson;
    for (auto it = indicators.begin(); it != indicators.end(); ++it) {
        if (!ratingIndicators().contains(it.key()) || it.value() < 1 || it.value() > 5)
            return Error{Error::Invalid, QStringLiteral("rating indicator %1 level %2 is not 1-5")
                                             .arg(it.key())
                                             .arg(it.value())};
        indicatorJson.insert(it.key(), it.value());
        anyBad = anyBad || it.value() >= 4;
    }
    if (OutboxStore(m_db).ratingFor(*number))
        return Error{Error::Invalid, QCoreApplication::translate("jiujin::SubmissionService",
                                                                 "这次办事已经评价过了，谢谢您")};
    const protocol::Key *central = centralKey(); // first: a changed key drops the prepared seal
    if (!central)
        return Error{Error::Invalid, readinessProblem()};
    const QDateTime now = m_clock();
    OutboxRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = QStringLiteral("rating");
    record.refersTo = *number;
    record.itemCode = submission->itemCode;
    record.pointCode = submission->pointCode;
    record.createdAt = now;
    record.followUp = anyBad;
    QJsonObject body{{QStringLiteral("level"), level},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
    if (!indicatorJson.isEmpty()) // absent, not empty, when none was rated (as before)
        body.insert(QStringLiteral("indicators"), indicatorJson);
    const QByteArray plaintext = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto r = queue(m_db, *central, std::move(m_seed), record, plaintext, {},
                       QStringLiteral("kiosk"));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return record.uuid;
}

Result<QString> SubmissionService::nextReceiptNumber()
{
    return nextReceiptNumber(CatalogueStore(m_db).setting(QLatin1String(kiosksetting::point)));
}

Result<QString> SubmissionService::nextReceiptNumber(const QString &point)
{
    QString kioskNumber = CatalogueStore(m_db).setting(QLatin1String(kiosksetting::kioskNumber));
    if (kioskNumber.isEmpty())
        kioskNumber = QStringLiteral("01");
    auto seq = OutboxStore(m_db).nextSequence();
    if (!seq)
        return seq.error();
    const QString number = receipt::format(point.mid(6, 3) + kioskNumber, seq.value());
    if (number.isEmpty())
        return Error{Error::Invalid,
                     QStringLiteral("kiosk number %1 or receipt sequence %2 out of range")
                         .arg(kioskNumber)
                         .arg(seq.value())};
    return number;
}

Result<void> SubmissionService::queueSealed(OutboxRecord &record, const QByteArray &plaintext,
                                            const QString &actor, const QJsonObject &extraMeta)
{
    const protocol::Key *central = centralKey(); // first: a changed key drops the prepared seal
    if (!central)
        return Error{Error::Invalid, readinessProblem()};
    return queue(m_db, *central, std::move(m_seed), record, plaintext, {}, actor, extraMeta);
}

std::optional<OutboxRecord> SubmissionService::status(const QString &typedReceipt)
{
    const auto number = receipt::normalise(typedReceipt);
    if (!number)
        return std::nullopt;
    return OutboxStore(m_db).byReceipt(*number);
}

bool SubmissionService::rated(const QString &receipt)
{
    return OutboxStore(m_db).ratingFor(receipt).has_value();
}

Result<std::optional<CaseStatus>> SubmissionService::caseStatus(const QString &centralReceipt)
{
    return CaseStatusStore(m_db).status(centralReceipt);
}

Result<QString> SubmissionService::pointFigures()
{
    return CaseStatusStore(m_db).figures();
}

} // namespace jiujin
