#include "kioskcontext.h"

#include "applycontroller.h"
#include "audioplayer.h"
#include "bookingcontroller.h"
#include "bookingservice.h"
#include "caseboardcontroller.h"
#include "caseboardservice.h"
#include "caseinquiryservice.h"
#include "cataloguecontroller.h"
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "devices.h"
#include "kioskconfigservice.h"
#include "kiosksession.h"
#include "printer.h"
#include "qrimageprovider.h"
#include "searchmissstore.h"
#include "speechservice.h"
#include "staffboardservice.h"
#include "staffcontroller.h"
#include "staffservice.h"
#include "statuscontroller.h"
#include "submissionservice.h"
#include "voicecontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <QThreadPool>

namespace jiujin {

struct KioskContext::Parts
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CatalogueStore> store;
    std::unique_ptr<CatalogueService> catalogueService;
    std::unique_ptr<SearchMissStore> searchMisses;
    std::unique_ptr<SubmissionService> submissions;
    std::unique_ptr<StaffService> staffService;
    std::unique_ptr<StaffBoardService> staffBoard;
    std::unique_ptr<BookingService> bookingService;
    std::unique_ptr<CaseBoardService> caseBoardService;
    std::unique_ptr<CaseInquiryService> inquiries;
    std::unique_ptr<IdCardReader> reader;
    std::unique_ptr<DocumentScanner> scanner;
    std::unique_ptr<QrScanner> qr;
    std::unique_ptr<Printer> printer;
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<CatalogueController> catalogue;
    std::unique_ptr<StaffController> staff;
    std::unique_ptr<ApplyController> apply;
    std::unique_ptr<StatusController> status;
    std::unique_ptr<BookingController> booking;
    std::unique_ptr<CaseBoardController> caseBoard;
    std::unique_ptr<SpeechService> speech;
    std::unique_ptr<AudioPlayer> audio;
    std::unique_ptr<VoiceController> voice;
};

KioskContext::KioskContext() : d(std::make_unique<Parts>()) {}

KioskContext::~KioskContext()
{
    // A receipt may still be printing on a worker thread with our printer.
    if (QThreadPool *pool =
            QThreadPool::globalInstance()) // null once the application object is gone
        pool->waitForDone(10000);
    // Controllers first: they wipe what the visit left in memory and hold references to the rest.
    d->caseBoard.reset();
    d->voice.reset();
    d->booking.reset();
    d->status.reset();
    d->apply.reset();
    d->staff.reset();
    d->catalogue.reset();
}

KioskSession &KioskContext::session()
{
    return *d->session;
}

OpenedDatabase::OpenedDatabase() : db(Error{Error::Io, QString()}) {}
OpenedDatabase::OpenedDatabase(OpenedDatabase &&) noexcept = default;
OpenedDatabase &OpenedDatabase::operator=(OpenedDatabase &&) noexcept = default;
OpenedDatabase::~OpenedDatabase() = default;

OpenedDatabase KioskContext::openDatabase(const QString &path)
{
    OpenedDatabase opened;
    opened.db = Database::openOrQuarantine(path, &opened.quarantined);
    return opened;
}

Result<std::unique_ptr<KioskContext>> KioskContext::create(QQmlEngine &engine,
                                                           const KioskOptions &options,
                                                           OpenedDatabase opened,
                                                           std::function<QDateTime()> clock)
{
    std::unique_ptr<KioskContext> context(new KioskContext);
    Parts &p = *context->d;
    const QString quarantined = opened.quarantined;
    if (!opened.db)
        return opened.db.error();
    p.db = std::move(opened.db.value());
    p.store = std::make_unique<CatalogueStore>(*p.db);
    p.catalogueService = std::make_unique<CatalogueService>(*p.store);
    p.searchMisses = std::make_unique<SearchMissStore>(*p.db);
    p.catalogueService->setMissLog(p.searchMisses.get());
    if (!p.catalogueService->info() && !options.catalogue.isEmpty())
        p.catalogueService->importFile(options.catalogue);
    p.submissions = std::make_unique<SubmissionService>(*p.db);
    p.staffService = std::make_unique<StaffService>(*p.db);
    p.staffBoard = std::make_unique<StaffBoardService>(*p.db);
    const std::function<QDateTime()> bookingClock =
        clock ? std::move(clock) : std::function<QDateTime()>(&QDateTime::currentDateTimeUtc);
    p.bookingService = std::make_unique<BookingService>(*p.db, *p.submissions, bookingClock);

    const QString stateDir =
        options.stateDir.isEmpty() ? QFileInfo(p.db->path()).absolutePath() : options.stateDir;
    p.reader = std::make_unique<SimulatedIdCardReader>(options.devicesDir);
    p.scanner = std::make_unique<SimulatedScanner>(options.devicesDir);
    p.qr = std::make_unique<SimulatedQrScanner>(options.devicesDir);
    // Read once at start: settings are the technician's (jiujinctl), through the same service.
    KioskConfigService config(*p.db);
    const QString printerSetting = options.printer.isEmpty() ? config.printer() : options.printer;
    p.printer = makePrinter(printerSetting, QDir(stateDir).filePath(QStringLiteral("printed")));

    p.session = std::make_unique<KioskSession>(&engine);
    p.catalogue = std::make_unique<CatalogueController>(
        *p.catalogueService, *p.session, QDir(stateDir).filePath(QStringLiteral("notices")));
    p.staff = std::make_unique<StaffController>(*p.catalogueService, *p.staffService, *p.staffBoard,
                                                *p.session);
    p.apply =
        std::make_unique<ApplyController>(*p.catalogueService, *p.submissions, *p.session, *p.staff,
                                          QDir(stateDir).filePath(QStringLiteral("receipts")));
    p.apply->setDevices(p.reader.get(), p.scanner.get(), p.qr.get());
    p.apply->setPrinter(p.printer.get());
    p.status = std::make_unique<StatusController>(*p.catalogueService, *p.submissions, *p.session);
    p.status->setQrScanner(p.qr.get());
    p.status->setBookings(p.bookingService.get());
    p.inquiries = std::make_unique<CaseInquiryService>(*p.db);
    p.status->setInquiries(p.inquiries.get());
    p.status->setClock(bookingClock); // working days left, on the same clock as bookings
    p.staff->setBookings(p.bookingService.get());
    p.booking = std::make_unique<BookingController>(
        *p.catalogueService, *p.bookingService, *p.submissions, *p.session,
        QDir(stateDir).filePath(QStringLiteral("tickets")));
    p.booking->setDevices(p.reader.get(), p.qr.get());
    p.booking->setPrinter(p.printer.get());
    p.caseBoardService = std::make_unique<CaseBoardService>(*p.db, *p.submissions, bookingClock);
    p.caseBoard = std::make_unique<CaseBoardController>(*p.caseBoardService, *p.staff, *p.session);
    p.speech = std::make_unique<SpeechService>();
    p.audio = std::make_unique<AudioPlayer>();
    p.voice = std::make_unique<VoiceController>(*p.session, *p.speech, *p.audio, config.voice());
    p.voice->watchForm(p.apply->fields());
    p.voice->watchForm(p.booking->fields());
    if (!quarantined.isEmpty())
        p.staff->setAlert(QCoreApplication::translate(
                              "jiujin::KioskContext",
                              "本机数据库损坏，已另存为 %1 "
                              "并重新开始。请技术人员检查并重新配置本机（服务点、加密公钥）。")
                              .arg(QFileInfo(quarantined).fileName()));

    KioskSession::publish(p.session.get());
    CatalogueController::publish(p.catalogue.get());
    StaffController::publish(p.staff.get());
    ApplyController::publish(p.apply.get());
    StatusController::publish(p.status.get());
    BookingController::publish(p.booking.get());
    CaseBoardController::publish(p.caseBoard.get());
    VoiceController::publish(p.voice.get());
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    return context;
}

} // namespace jiujin
