#pragma once

#include "formmodel.h"
#include "kiosksession.h"
#include "materialchoicemodel.h"
#include "published.h"
#include "submissionservice.h"
#include "visitprintjob.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

class CatalogueService;
class DocumentScanner;
class IdCardReader;
class KioskSession;
class Printer;
class QrScanner;
class StaffController;

/**
 * Drives the apply flow: form → materials → consent → review → submit → receipt → rating.
 * Everything the citizen entered lives in its models, in memory, until submit() seals it into
 * the outbox; the end of the visit wipes it all.
 */
class ApplyController : public QObject, public Published<ApplyController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Apply)
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY startedChanged)
    Q_PROPERTY(QString itemCode READ itemCode NOTIFY startedChanged)
    Q_PROPERTY(QString itemName READ itemName NOTIFY startedChanged)
    /** The item's traditional Mongolian name (`name.mn`), "" when the catalogue has none: the
     *  Mongolian screens show it first, then itemName (Chinese) beside it (docs/DESIGN.md §9e). */
    Q_PROPERTY(QString mongolianName READ mongolianName NOTIFY startedChanged)
    Q_PROPERTY(
        bool onBehalf READ onBehalf NOTIFY startedChanged) ///< 代办 by the logged-in staff member
    Q_PROPERTY(QString authorisation READ authorisation WRITE setAuthorisation NOTIFY
                   authorisationChanged) ///< in_person|letter
    Q_PROPERTY(jiujin::FormModel *fields READ fields CONSTANT)
    Q_PROPERTY(jiujin::MaterialChoiceModel *materials READ materials CONSTANT)
    Q_PROPERTY(bool cardReaderAvailable READ cardReaderAvailable NOTIFY devicesChanged)
    Q_PROPERTY(bool scannerAvailable READ scannerAvailable NOTIFY devicesChanged)
    Q_PROPERTY(bool qrScannerAvailable READ qrScannerAvailable NOTIFY devicesChanged)
    Q_PROPERTY(
        bool cardRead READ cardRead NOTIFY cardReadChanged) ///< the form was filled from a card
    Q_PROPERTY(
        QString deviceMessage READ deviceMessage NOTIFY deviceMessageChanged) ///< e.g. 读卡失败
    Q_PROPERTY(bool consented READ consented WRITE setConsented NOTIFY consentedChanged)
    Q_PROPERTY(QString readinessProblem READ readinessProblem NOTIFY
                   startedChanged) ///< the kiosk cannot take applications
    Q_PROPERTY(QString submitError READ submitError NOTIFY submitErrorChanged)
    Q_PROPERTY(QString receipt READ receipt NOTIFY submittedChanged) ///< empty until queued
    Q_PROPERTY(int promisedDays READ promisedDays NOTIFY submittedChanged)
    Q_PROPERTY(QStringList toFollow READ toFollow NOTIFY submittedChanged)
    Q_PROPERTY(
        QString toFollowBy READ toFollowBy NOTIFY submittedChanged) ///< a local date in words
    /** "" or why toFollowBy is an estimate (its year has no official holiday list yet). */
    Q_PROPERTY(QString toFollowByNote READ toFollowByNote NOTIFY submittedChanged)
    Q_PROPERTY(QStringList committed READ committed NOTIFY submittedChanged)
    Q_PROPERTY(QString printStatus READ printStatus NOTIFY printStatusChanged)
    Q_PROPERTY(bool rated READ rated NOTIFY ratedChanged)
public:
    ApplyController(CatalogueService &catalogue, SubmissionService &service, KioskSession &session,
                    StaffController &staff, QString receiptDir, QObject *parent = nullptr);
    ~ApplyController() override;

    /** The simulated or vendor devices; any may be null (the flow then asks to type or skips). */
    void setDevices(IdCardReader *reader, DocumentScanner *scanner, QrScanner *qr);
    /** Where receipts go; null means save the PDF only. */
    void setPrinter(Printer *printer);

    bool active() const { return !m_itemCode.isEmpty(); }
    QString itemCode() const { return m_itemCode; }
    QString itemName() const { return m_itemName; }
    QString mongolianName() const { return m_mongolianName; }
    bool onBehalf() const { return !m_staffId.isEmpty(); }
    QString authorisation() const { return m_authorisation; }
    void setAuthorisation(const QString &how);
    FormModel *fields() { return &m_fields; }
    MaterialChoiceModel *materials() { return &m_materials; }
    bool cardReaderAvailable() const;
    bool scannerAvailable() const;
    bool qrScannerAvailable() const;
    bool cardRead() const { return m_cardRead; }
    QString deviceMessage() const { return m_deviceMessage; }
    bool consented() const { return m_consented; }
    void setConsented(bool yes);
    QString readinessProblem() const { return m_readinessProblem; }
    QString submitError() const { return m_submitError; }
    QString receipt() const { return m_queued.receipt; }
    int promisedDays() const { return m_queued.promisedDays; }
    QStringList toFollow() const { return m_queued.toFollow; }
    QString toFollowBy() const;
    QString toFollowByNote() const;
    QStringList committed() const { return m_queued.committed; }
    QString printStatus() const { return m_printStatus; }
    bool rated() const { return m_rated; }

    /** Starts an application for the item (as 代办 when @p onBehalf and staff is logged in). */
    Q_INVOKABLE bool start(const QString &itemCode, bool onBehalf);
    /** Shows every field's problem; true when the form may go on to the materials. */
    Q_INVOKABLE bool checkForm();
    Q_INVOKABLE bool checkMaterials();
    /** Asks the scanner for a picture of the material in @p row. */
    Q_INVOKABLE void attachPicture(int row);
    /** Validates, seals and queues; true once it is durable and `receipt` is set. */
    Q_INVOKABLE bool submit();
    /** Prints (or saves) the receipt without blocking the screen; see printStatus. */
    Q_INVOKABLE void print();
    /** 好差评 of the service just given: 1 非常满意 .. 5 非常不满意. */
    /** @p indicators: RECORD.md's optional indicator levels by code (0 or absent: not rated). */
    Q_INVOKABLE bool rate(int level, const QStringList &reasons,
                          const QVariantMap &indicators = {});
    /** Wipes everything of this application. */
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void startedChanged();
    void authorisationChanged();
    void devicesChanged();
    void cardReadChanged();
    void deviceMessageChanged();
    void consentedChanged();
    void submitErrorChanged();
    void submittedChanged();
    void printStatusChanged();
    void ratedChanged();

private:
    void setDeviceMessage(const QString &message);
    void setSubmitError(const QString &message);
    void setPrintStatus(const QString &status);
    Application collect() const;

    CatalogueService &m_catalogue;
    SubmissionService &m_service;
    KioskSession &m_session;
    StaffController &m_staff;
    QString m_receiptDir;
    IdCardReader *m_reader = nullptr;
    DocumentScanner *m_scanner = nullptr;
    QrScanner *m_qr = nullptr;
    Printer *m_printer = nullptr;
    FormModel m_fields;
    MaterialChoiceModel m_materials;
    QString m_itemCode, m_itemName, m_mongolianName, m_staffId, m_authorisation, m_maskedName,
        m_receiptPath;
    bool m_cardRead = false, m_consented = false, m_rated = false;
    int m_scanRow = -1;
    QString m_deviceMessage, m_readinessProblem, m_submitError, m_printStatus;
    Queued m_queued;
    VisitPrintJob m_print;
};

} // namespace jiujin
