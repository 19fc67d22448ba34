#include "devices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace jiujin {

namespace {

// A writer that creates the file and then fills it would otherwise be read half-written: the
// directory watch sees the creation, not the writes.
constexpr int settleMs = 50;

void overwrite(QString &s)
{
    s.fill(QChar(0));
    s.clear();
    s.squeeze();
}

} // namespace

/** Watches a directory for one file name; when it appears, reads it, deletes it and hands the bytes
 * on. */
class DropWatcher
{
public:
    DropWatcher(const QString &dir, const QString &fileName, std::function<void(QByteArray)> taken,
                std::function<void()> gone)
        : m_path(QDir(dir).filePath(fileName)), m_taken(std::move(taken))
    {
        m_settle.setSingleShot(true);
        m_settle.setInterval(settleMs);
        QObject::connect(&m_settle, &QTimer::timeout, [this] { take(); });
        QObject::connect(&m_watcher, &QFileSystemWatcher::directoryChanged,
                         [this, dir, gone = std::move(gone)] {
                             if (!QFileInfo(dir).isDir()) {
                                 gone();
                                 return;
                             }
                             if (QFileInfo::exists(m_path))
                                 m_settle.start();
                         });
        if (QFileInfo(dir).isDir())
            m_watcher.addPath(dir);
        // A file left there before start-up is a card already on the reader: take it from the
        // event loop, once the owner's signals are connected.
        if (QFileInfo::exists(m_path))
            m_settle.start();
    }

private:
    void take()
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = f.readAll();
        f.close();
        f.remove();
        m_taken(bytes);
    }

    QString m_path;
    std::function<void(QByteArray)> m_taken;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

QString CardData::value(QStringView cardField) const
{
    if (cardField == u"name")
        return name;
    if (cardField == u"sex")
        return sex;
    if (cardField == u"ethnicity")
        return ethnicity;
    if (cardField == u"birth_date")
        return birthDate;
    if (cardField == u"id_number")
        return idNumber;
    if (cardField == u"address")
        return address;
    return {};
}

void CardData::wipe()
{
    for (QString *s : {&name, &sex, &ethnicity, &birthDate, &idNumber, &address})
        overwrite(*s);
}

// --- SimulatedIdCardReader

SimulatedIdCardReader::SimulatedIdCardReader(const QString &dir, QObject *parent)
    : IdCardReader(parent), m_dir(dir)
{
    if (!dir.isEmpty()) {
        m_watcher = std::make_unique<DropWatcher>(
            dir, QStringLiteral("card.json"), [this](const QByteArray &b) { take(b); },
            [this] { Q_EMIT availableChanged(); });
    }
}

SimulatedIdCardReader::~SimulatedIdCardReader() = default;

bool SimulatedIdCardReader::available() const
{
    return !m_dir.isEmpty() && QFileInfo(m_dir).isDir();
}

void SimulatedIdCardReader::take(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    const QJsonDocument doc = QJsonDocument::fromJson(copy);
    copy.fill('\0');
    const QJsonObject o = doc.object();
    CardData card;
    bool ok = doc.isObject();
    for (const auto &[key, target] :
         {std::pair{"name", &card.name}, std::pair{"sex", &card.sex},
          std::pair{"ethnicity", &card.ethnicity}, std::pair{"birth_date", &card.birthDate},
          std::pair{"id_number", &card.idNumber}, std::pair{"address", &card.address}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            ok = false;
        *target = v.toString().trimmed();
    }
    if (!ok || card.name.isEmpty() || card.idNumber.isEmpty()) {
        card.wipe();
        Q_EMIT readFailed(QCoreApplication::translate("jiujin::SimulatedIdCardReader",
                                                      "没有读出身份证信息，请重新放置身份证"));
        return;
    }
    Q_EMIT cardRead(card);
    card.wipe();
}

// --- SimulatedScanner

SimulatedScanner::SimulatedScanner(const QString &dir, QObject *parent)
    : DocumentScanner(parent), m_dir(dir)
{
}

bool SimulatedScanner::available() const
{
    return !m_dir.isEmpty() && QFileInfo(m_dir).isDir();
}

void SimulatedScanner::scan()
{
    // Queued like a real device, so a caller never re-enters its own slot from scan().
    QTimer::singleShot(0, this, &SimulatedScanner::serveNext);
}

void SimulatedScanner::serveNext()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("jiujin::SimulatedScanner", text);
    };
    if (!available()) {
        Q_EMIT scanFailed(tr("扫描仪未连接，请把材料交给工作人员"));
        return;
    }
    const QDir scans(QDir(m_dir).filePath(QStringLiteral("scans")));
    QStringList names = scans.entryList(
        {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files,
        QDir::NoSort);
    std::sort(names.begin(), names.end());
    if (names.isEmpty()) {
        Q_EMIT scanFailed(tr("没有扫描到材料，请把材料放好后再试"));
        return;
    }
    // Like a real scanner, there is always another page: after the last one it starts again.
    auto next = std::upper_bound(names.cbegin(), names.cend(), m_lastServed);
    if (next == names.cend())
        next = names.cbegin();
    m_lastServed = *next;
    QFile f(scans.filePath(*next));
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    if (bytes.isEmpty()) {
        Q_EMIT scanFailed(tr("扫描失败，请再试一次"));
        return;
    }
    const bool png = next->endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    Q_EMIT scanned(bytes, png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"));
}

// --- SimulatedQrScanner

SimulatedQrScanner::SimulatedQrScanner(const QString &dir, QObject *parent)
    : QrScanner(parent), m_dir(dir)
{
    if (!dir.isEmpty()) {
        m_watcher = std::make_unique<DropWatcher>(
            dir, QStringLiteral("qr.txt"),
            [this](const QByteArray &b) {
                const QString text = QString::fromUtf8(b).trimmed();
                if (!text.isEmpty())
                    Q_EMIT scanned(text);
            },
            [this] { Q_EMIT availableChanged(); });
    }
}

SimulatedQrScanner::~SimulatedQrScanner() = default;

bool SimulatedQrScanner::available() const
{
    return !m_dir.isEmpty() && QFileInfo(m_dir).isDir();
}

} // namespace jiujin
