#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>

#include <memory>

namespace jiujin {

/** What a second-generation ID card reader returns; holds PII, so wipe it once copied into a form.
 */
struct CardData
{
    QString name;
    QString sex;       ///< "男" or "女"
    QString ethnicity; ///< without 族, e.g. "蒙古", "汉"
    QString birthDate; ///< YYYY-MM-DD
    QString idNumber;
    QString address;

    /** The value for a FieldSpec::card name (name, sex, ethnicity, birth_date, id_number,
     *  address); empty for anything else. */
    QString value(QStringView cardField) const;
    /** Overwrites and clears every field (best effort: copies elsewhere are not reached). */
    void wipe();
};

/** An ID card reader; when absent the citizen types the fields in. */
class IdCardReader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
public:
    using QObject::QObject;
    virtual bool available() const = 0;

Q_SIGNALS:
    void cardRead(const jiujin::CardData &card);
    void availableChanged();
    /** @p message is for the citizen (translated), never contains card data. */
    void readFailed(const QString &message);
};

/** A document scanner or camera that captures one page per scan(); when absent, paper is handed in.
 */
class DocumentScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
public:
    using QObject::QObject;
    virtual bool available() const = 0;
    /** Starts a scan; exactly one of scanned() or scanFailed() follows, never synchronously. */
    virtual void scan() = 0;

Q_SIGNALS:
    void scanned(const QByteArray &imageBytes, const QString &mimeType);
    void scanFailed(const QString &message);
    void availableChanged();
};

/** A QR code scanner for e-certificates (电子证照) shown on a phone. */
class QrScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
public:
    using QObject::QObject;
    virtual bool available() const = 0;

Q_SIGNALS:
    void scanned(const QString &text);
    void availableChanged();
};

class DropWatcher;

/** ID card reader simulated by a directory: a card.json dropped into it is read once and deleted.
 */
class SimulatedIdCardReader : public IdCardReader
{
    Q_OBJECT
public:
    /** An empty @p dir makes an unavailable reader (the "no device" flavour). */
    explicit SimulatedIdCardReader(const QString &dir, QObject *parent = nullptr);
    ~SimulatedIdCardReader() override;
    bool available() const override;

private:
    void take(const QByteArray &bytes);
    QString m_dir;
    std::unique_ptr<DropWatcher> m_watcher;
};

/** Scanner simulated by a directory: each scan() serves the next DIR/scans/ *.png|*.jpg by name. */
class SimulatedScanner : public DocumentScanner
{
    Q_OBJECT
public:
    /** An empty @p dir makes an unavailable scanner. */
    explicit SimulatedScanner(const QString &dir, QObject *parent = nullptr);
    bool available() const override;
    void scan() override;

private:
    void serveNext();
    QString m_dir;
    QString m_lastServed; ///< file name of the last image served; the next is the first after it
};

/** QR scanner simulated by a directory: a qr.txt dropped into it is emitted once and deleted. */
class SimulatedQrScanner : public QrScanner
{
    Q_OBJECT
public:
    /** An empty @p dir makes an unavailable scanner. */
    explicit SimulatedQrScanner(const QString &dir, QObject *parent = nullptr);
    ~SimulatedQrScanner() override;
    bool available() const override;

private:
    QString m_dir;
    std::unique_ptr<DropWatcher> m_watcher;
};

} // namespace jiujin

Q_DECLARE_METATYPE(jiujin::CardData)
