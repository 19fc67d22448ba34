#pragma once

#include "envelope.h"
#include "keys.h"
#include "outboxstore.h"
#include "submissionservice.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QJsonObject>

/**
 * A kiosk database with the bundled catalogue, a service point and a central key pair of one
 * suite; the test keeps the private half to open what the kiosk sealed.
 */
struct TestKiosk : TestDb
{
    explicit TestKiosk(jiujin::protocol::Suite suite = jiujin::protocol::Suite::Intl)
        : central(std::move(jiujin::protocol::Key::generate(suite).value()))
    {
        REQUIRE(store->setSetting(QStringLiteral("point"), QStringLiteral("150525203000-01")).ok());
        REQUIRE(store
                    ->setSetting(QStringLiteral("central.public_key"),
                                 QString::fromLatin1(central.publicPem()))
                    .ok());
    }

    /** 失业登记: four fields, a 容缺 material (2) and a 告知承诺 material (3). */
    static jiujin::Application
    unemployment(const QString &name = QStringLiteral("巴特尔"),
                 const QString &id = QStringLiteral("11010519491231002X"))
    {
        jiujin::Application app;
        app.itemCode = QStringLiteral("11150525MB0SB0001A415111010600001");
        app.values = {{QStringLiteral("name"), name},
                      {QStringLiteral("id_number"), id},
                      {QStringLiteral("phone"), QStringLiteral("139 4751 2386")},
                      {QStringLiteral("address"),
                       QStringLiteral("内蒙古通辽市奈曼旗黄花塔拉苏木黄花塔拉嘎查")},
                      {QStringLiteral("reason"), QStringLiteral("contract_end")},
                      {QStringLiteral("education"), QStringLiteral("senior")}};
        jiujin::MaterialEntry card{
            0,
            jiujin::MaterialEntry::Kind::Attached,
            {{QByteArray("\x89PNG fake scan of the card"), QStringLiteral("image/png")}},
            {}};
        jiujin::MaterialEntry form{
            1, jiujin::MaterialEntry::Kind::ECertificate, {}, QStringLiteral("SAMPLE-ECERT-0001")};
        jiujin::MaterialEntry proof{2, jiujin::MaterialEntry::Kind::ToFollow, {}, {}};
        jiujin::MaterialEntry residence{3, jiujin::MaterialEntry::Kind::Committed, {}, {}};
        app.materials = {card, form, proof, residence};
        app.consented = true;
        return app;
    }

    /** Opens a record as central would: its payload JSON, and the attachments' plaintexts. */
    std::pair<QJsonObject, QList<QByteArray>> open(const QString &uuid)
    {
        const auto sealed = jiujin::OutboxStore(*db).sealed(uuid);
        REQUIRE(sealed.has_value());
        auto opener =
            jiujin::protocol::RecordOpener::open(central, sealed->keyHeader, sealed->meta);
        REQUIRE(opener.ok());
        auto payload = opener->open(sealed->payload, sealed->meta);
        REQUIRE(payload.ok());
        QList<QByteArray> parts;
        for (int i = 0; i < sealed->attachments.size(); ++i) {
            auto part = opener->open(sealed->attachments.at(i),
                                     sealed->meta + "#attachment" + QByteArray::number(i));
            REQUIRE(part.ok());
            parts.append(part.value());
        }
        return {QJsonDocument::fromJson(payload.value()).object(), parts};
    }

    jiujin::protocol::Key central;
};
