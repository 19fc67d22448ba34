#include "applycontroller.h"

#include "catalogueservice.h"
#include "chinatime.h"
#include "devices.h"
#include "kiosksession.h"
#include "localtext.h"
#include "printer.h"
#include "receiptwriter.h"
#include "staffcontroller.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace jiujin {

ApplyController::ApplyController(CatalogueService &catalogue, SubmissionService &service,
                                 KioskSession &session, StaffController &staff, QString receiptDir,
                                 QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_service(service), m_session(session),
      m_staff(staff), m_receiptDir(std::move(receiptDir)),
      m_fields([&session] { return session.language(); }),
      m_materials([&session] { return session.language(); })
{
    connect(&session, &KioskSession::sessionEnded, this, &ApplyController::clear);
    connect(&session, &KioskSession::languageChanged, this, [this] {
        m_fields.retranslate();
        m_materials.retranslate();
        if (active()) {
            m_itemName = m_catalogue.itemName(m_itemCode, m_session.english());
            m_mongolianName = m_catalogue.mongolianItemName(m_itemCode);
            Q_EMIT startedChanged();
        }
        if (!m_queued.receipt.isEmpty())
            Q_EMIT submittedChanged(); // toFollowBy is written in the new language
    });
}

ApplyController::~ApplyController()
{
    clear();
}

void ApplyController::setDevices(IdCardReader *reader, DocumentScanner *scanner, QrScanner *qr)
{
    m_reader = reader;
    m_scanner = scanner;
    m_qr = qr;
    if (m_reader) {
        connect(m_reader, &IdCardReader::availableChanged, this, &ApplyController::devicesChanged);
        connect(m_reader, &IdCardReader::cardRead, this, [this](const CardData &card) {
            CardData copy = card;
            if (active() && m_queued.receipt.isEmpty()) {
                m_fields.fillFromCard(copy);
                m_cardRead = true;
                Q_EMIT cardReadChanged();
                setDeviceMessage(QString());
            }
            copy.wipe();
        });
        connect(m_reader, &IdCardReader::readFailed, this, &ApplyController::setDeviceMessage);
    }
    if (m_scanner) {
        connect(m_scanner, &DocumentScanner::availableChanged, this,
                &ApplyController::devicesChanged);
        connect(m_scanner, &DocumentScanner::scanned, this,
                [this](const QByteArray &bytes, const QString &mime) {
                    if (active() && m_scanRow >= 0)
                        m_materials.addPicture(m_scanRow, bytes, mime);
                    m_scanRow = -1;
                    setDeviceMessage(QString());
                });
        connect(m_scanner, &DocumentScanner::scanFailed, this, [this](const QString &message) {
            m_scanRow = -1;
            setDeviceMessage(message);
        });
    }
    if (m_qr) {
        connect(m_qr, &QrScanner::availableChanged, this, &ApplyController::devicesChanged);
        connect(m_qr, &QrScanner::scanned, this, [this](const QString &text) {
            if (active())
                m_materials.certificateScanned(text);
        });
    }
    Q_EMIT devicesChanged();
}

void ApplyController::setPrinter(Printer *printer)
{
    m_printer = printer;
}

bool ApplyController::cardReaderAvailable() const
{
    return m_reader && m_reader->available();
}

bool ApplyController::scannerAvailable() const
{
    return m_scanner && m_scanner->available();
}

bool ApplyController::qrScannerAvailable() const
{
    return m_qr && m_qr->available();
}

void ApplyController::setAuthorisation(const QString &how)
{
    if (m_authorisation == how)
        return;
    m_authorisation = how;
    Q_EMIT authorisationChanged();
}

void ApplyController::setConsented(bool yes)
{
    if (m_consented == yes)
        return;
    m_consented = yes;
    // The review screen comes next: the seal's expensive half is made while the citizen reads.
    if (yes)
        m_service.prepareSeal();
    Q_EMIT consentedChanged();
}

QString ApplyController::toFollowBy() const
{
    if (!m_queued.toFollowBy.isValid())
        return {};
    return localtext::dateInWords(m_queued.toFollowBy, m_session.language());
}

QString ApplyController::toFollowByNote() const
{
    return m_queued.toFollowByEstimated
               ? tr("节假日安排尚未公布，此日期只按周末推算，以窗口通知为准。")
               : QString();
}

bool ApplyController::start(const QString &itemCode, bool onBehalf)
{
    // Coming back to the same unfinished application keeps what was entered.
    const bool restart = itemCode == m_itemCode && m_queued.receipt.isEmpty();
    if (!restart)
        clear();
    m_readinessProblem = m_service.readinessProblem();
    const QJsonObject item = m_catalogue.item(itemCode).value_or(QJsonObject());
    auto schema = FormSchema::fromJson(item.value(QLatin1String("form")).toArray());
    if (item.isEmpty() || !schema) {
        m_readinessProblem = QCoreApplication::translate("jiujin::ApplyController",
                                                         "找不到这个事项，请返回重新选择");
        Q_EMIT startedChanged();
        return false;
    }
    m_itemCode = itemCode;
    m_itemName = m_catalogue.itemName(itemCode, m_session.english());
    m_mongolianName = m_catalogue.mongolianItemName(itemCode);
    if (!restart) {
        m_staffId = onBehalf && m_staff.loggedIn() ? m_staff.staffId() : QString();
        m_fields.reset(schema.value(), chinaDate(m_service.now()));
        m_materials.reset(item.value(QLatin1String("materials")).toArray());
    }
    Q_EMIT startedChanged();
    return m_readinessProblem.isEmpty();
}

bool ApplyController::checkForm()
{
    m_fields.showAllErrors();
    return m_fields.complete();
}

bool ApplyController::checkMaterials()
{
    Application app = collect();
    const auto problems = m_service.check(app);
    app.wipe();
    m_materials.setErrors(problems);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        if (it.key().startsWith(QLatin1String("material.")))
            return false;
    return true;
}

void ApplyController::attachPicture(int row)
{
    if (!scannerAvailable()) {
        setDeviceMessage(QCoreApplication::translate("jiujin::ApplyController",
                                                     "本机没有连接扫描仪，请把材料交给工作人员"));
        return;
    }
    m_scanRow = row;
    m_scanner->scan();
}

Application ApplyController::collect() const
{
    Application app;
    app.itemCode = m_itemCode;
    m_fields.fill(app);
    m_materials.fill(app);
    app.consented = m_consented;
    app.staffId = m_staffId;
    app.authorisation = m_authorisation;
    return app;
}

bool ApplyController::submit()
{
    if (!active() || !m_queued.receipt.isEmpty())
        return false;
    Application app = collect();
    auto queued = m_service.submit(app);
    const QString name = app.values.value(QStringLiteral("name"));
    app.wipe();
    if (!queued) {
        // The entries stay on screen: the citizen can try again or hand over to staff.
        if (queued.error().code == Error::Full)
            setSubmitError(QCoreApplication::translate(
                "jiujin::ApplyController",
                "本机存储空间已满，申请没有保存。您填写的内容还在，请请工作人员处理后再试一次。"));
        else if (queued.error().code == Error::Invalid)
            setSubmitError(queued.error().message);
        else
            setSubmitError(QCoreApplication::translate(
                "jiujin::ApplyController",
                "申请没有保存成功，请再试一次；如果还不行，请找工作人员帮助。"));
        const auto problems = m_service.check(collect());
        m_fields.setErrors(problems);
        m_materials.setErrors(problems);
        return false;
    }
    setSubmitError(QString());
    m_queued = queued.value();
    m_maskedName = validation::maskName(name);
    // What was typed is sealed in the outbox now; nothing of it needs to stay in memory.
    m_fields.wipe();
    m_materials.wipe();
    Q_EMIT submittedChanged();
    return true;
}

void ApplyController::print()
{
    if (m_queued.receipt.isEmpty())
        return;
    const auto point = m_catalogue.thisPoint();
    const auto info = m_catalogue.info();
    const QJsonObject item = m_catalogue.item(m_itemCode).value_or(QJsonObject());
    // The receipt is Mongolian and Chinese whatever the screen language (docs/DESIGN.md §9f).
    ReceiptData data;
    data.receiptNumber = m_queued.receipt;
    data.itemCode = m_itemCode;
    data.itemName = m_catalogue.itemName(m_itemCode, false);
    data.itemNameMn = m_catalogue.mongolianItemName(m_itemCode);
    if (const auto d = m_catalogue.department(item.value(QLatin1String("department")).toString()))
        data.department = d->agencyZh;
    data.pointName = point ? point->nameZh : QString();
    data.pointPhone = point ? point->phone : QString();
    data.submittedAt = m_queued.createdAt;
    data.promisedDays = m_queued.promisedDays;
    data.toFollow = m_queued.toFollow;
    data.toFollowBy = m_queued.toFollowBy;
    data.toFollowByEstimated = m_queued.toFollowByEstimated;
    data.committed = m_queued.committed;
    data.maskedName = m_maskedName;
    data.onBehalf = !m_staffId.isEmpty();
    data.staffId = m_staffId;
    data.sampleCodes = info && info->sample;

    QDir().mkpath(m_receiptDir);
    const QString path =
        QDir(m_receiptDir).filePath(QStringLiteral("受理回执-%1.pdf").arg(m_queued.receipt));
    if (auto written = writeReceiptPdf(data, path); !written) {
        setPrintStatus(QCoreApplication::translate("jiujin::ApplyController",
                                                   "回执没有生成：%1。请记下受理编号。")
                           .arg(written.error().message));
        return;
    }
    m_receiptPath = path;
    if (!m_printer) {
        setPrintStatus(QCoreApplication::translate(
            "jiujin::ApplyController",
            "回执已保存。本机没有连接打印机，请记下受理编号或拍照保存。"));
        return;
    }
    setPrintStatus(QCoreApplication::translate("jiujin::ApplyController", "正在打印回执……"));
    m_print.start(
        this, m_printer, path,
        [](const Result<QString> &printed) {
            return printed ? QCoreApplication::translate("jiujin::ApplyController",
                                                         "回执已打印，请取走。")
                           : QCoreApplication::translate(
                                 "jiujin::ApplyController",
                                 "打印机暂时不能用（%1）。回执已保存，请记下受理编号。")
                                 .arg(printed.error().message);
        },
        [this](const QString &status) { setPrintStatus(status); });
}

bool ApplyController::rate(int level, const QStringList &reasons, const QVariantMap &indicators)
{
    if (m_queued.receipt.isEmpty() || m_rated)
        return false;
    auto rated = m_service.rate(m_queued.receipt, level, reasons,
                                SubmissionService::indicatorLevels(indicators));
    if (!rated) {
        setSubmitError(rated.error().message);
        return false;
    }
    m_rated = true;
    Q_EMIT ratedChanged();
    return true;
}

void ApplyController::clear()
{
    m_fields.reset(FormSchema{}, QDate());
    m_materials.reset(QJsonArray());
    m_itemCode.clear();
    m_itemName.clear();
    m_mongolianName.clear();
    m_staffId.clear();
    m_maskedName.fill(QChar(0));
    m_maskedName.clear();
    m_queued = Queued{};
    m_scanRow = -1;
    m_print.forget();
    // The receipt PDF is this visit's temporary file; a print still running removes it when done.
    if (!m_receiptPath.isEmpty() && !m_print.running())
        QFile::remove(m_receiptPath);
    m_receiptPath.clear();
    setAuthorisation(QString());
    setConsented(false);
    setSubmitError(QString());
    setDeviceMessage(QString());
    setPrintStatus(QString());
    if (m_cardRead) {
        m_cardRead = false;
        Q_EMIT cardReadChanged();
    }
    if (m_rated) {
        m_rated = false;
        Q_EMIT ratedChanged();
    }
    Q_EMIT startedChanged();
    Q_EMIT submittedChanged();
}

void ApplyController::setDeviceMessage(const QString &message)
{
    if (m_deviceMessage == message)
        return;
    m_deviceMessage = message;
    Q_EMIT deviceMessageChanged();
}

void ApplyController::setSubmitError(const QString &message)
{
    if (m_submitError == message)
        return;
    m_submitError = message;
    Q_EMIT submitErrorChanged();
}

void ApplyController::setPrintStatus(const QString &status)
{
    if (m_printStatus == status)
        return;
    m_printStatus = status;
    Q_EMIT printStatusChanged();
}

} // namespace jiujin
