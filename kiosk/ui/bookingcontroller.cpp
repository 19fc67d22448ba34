#include "bookingcontroller.h"

#include "cataloguebundle.h"
#include "catalogueservice.h"
#include "chinatime.h"
#include "devices.h"
#include "kiosksession.h"
#include "localtext.h"
#include "printer.h"
#include "receiptwriter.h"
#include "submissionservice.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace jiujin {

namespace {
FieldSpec spec(const char *id, FieldSpec::Type type, const char *zh, const char *en, const char *mn,
               bool required, const char *card)
{
    FieldSpec f;
    f.id = QLatin1String(id);
    f.type = type;
    f.labelZh = QString::fromUtf8(zh);
    f.labelEn = QString::fromUtf8(en);
    f.labelMn = QString::fromUtf8(mn);
    f.required = required;
    f.card = QLatin1String(card);
    if (type == FieldSpec::Type::Text) {
        // As BookingService checks the name (and the catalogue's forms have it).
        f.min = 2;
        f.max = 30;
    }
    return f;
}

/** What the booking screen asks: the ID number is optional (it speeds up the counter). */
FormSchema bookingSchema()
{
    FormSchema schema;
    // The Mongolian labels are the glossary's terms (GLOSSARY-mn.md, the same as db/seed/
    // mn-texts.tsv gives the catalogue's 姓名 and 手机号码), NEEDS REVIEW like every Mongolian
    // string: ner_e; γar utasun-u dugaar; beye-yin gereči-yin dugaar (ǰabal bisi).
    schema.fields = {
        spec("name", FieldSpec::Type::Text, "姓名", "Name", "ᠨᠡᠷ\u180Eᠡ", true, "name"),
        spec("phone", FieldSpec::Type::Phone, "手机号码", "Mobile phone number",
             "ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ\u202Fᠤ ᠳᠤᠭᠠᠠᠷ", true, ""),
        spec("id_number", FieldSpec::Type::IdNumber, "身份证号码（选填）",
             "ID card number (optional)", "ᠪᠡᠶᠡ\u202Fᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ\u202Fᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ (ᠵᠠᠪᠠᠯ ᠪᠢᠰᠢ)",
             false, "id_number")};
    return schema;
}

void wipe(QString &s)
{
    s.fill(QChar(0));
    s.clear();
}
} // namespace

BookingController::BookingController(CatalogueService &catalogue, BookingService &service,
                                     SubmissionService &submissions, KioskSession &session,
                                     QString ticketDir, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_service(service), m_submissions(submissions),
      m_session(session), m_ticketDir(std::move(ticketDir)),
      m_fields([&session] { return session.language(); })
{
    m_answerWatch.setInterval(answerLookMs);
    connect(&m_answerWatch, &QTimer::timeout, this, &BookingController::lookForAnswer);
    connect(&session, &KioskSession::sessionEnded, this, &BookingController::clear);
    connect(&session, &KioskSession::languageChanged, this, [this] {
        m_fields.retranslate();
        if (m_items.count() > 0)
            loadItems();
        if (active()) {
            m_itemName = m_catalogue.itemName(m_itemCode, m_session.english());
            m_days.reset(m_days.days(), localToday(), m_session.english(), m_session.mongolian());
            Q_EMIT startedChanged();
            Q_EMIT dayChanged();
            Q_EMIT slotChanged();
            Q_EMIT bookedChanged();
        }
    });
}

BookingController::~BookingController()
{
    clear();
}

FormSchema BookingController::formSchema()
{
    return bookingSchema();
}

void BookingController::setDevices(IdCardReader *reader, QrScanner *qr)
{
    m_reader = reader;
    if (m_reader) {
        connect(m_reader, &IdCardReader::availableChanged, this,
                &BookingController::devicesChanged);
        connect(m_reader, &IdCardReader::cardRead, this, [this](const CardData &card) {
            CardData copy = card;
            if (active() && m_ticket.ticket.isEmpty()) {
                m_fields.fillFromCard(copy);
                if (!m_cardRead) {
                    m_cardRead = true;
                    Q_EMIT cardReadChanged();
                }
            }
            copy.wipe();
        });
    }
    if (qr)
        connect(qr, &QrScanner::scanned, this, &BookingController::scanned);
    Q_EMIT devicesChanged();
}

void BookingController::setPrinter(Printer *printer)
{
    m_printer = printer;
}

bool BookingController::cardReaderAvailable() const
{
    return m_reader && m_reader->available();
}

QDate BookingController::localToday() const
{
    return chinaDate(m_service.centralNow());
}

QString BookingController::day() const
{
    return m_day.isValid() ? m_day.toString(Qt::ISODate) : QString();
}

bool BookingController::dayBookableHere() const
{
    for (const BookingSlot &s : m_slots.all())
        if (s.canBook())
            return true;
    return false;
}

bool BookingController::dayRequestable() const
{
    if (dayBookableHere())
        return false;
    for (const BookingSlot &s : m_slots.all())
        if (s.canRequest())
            return true;
    return false;
}

QString BookingController::slotWords(const QDateTime &start, const QDateTime &end) const
{
    return localtext::slotInWords(start, end, m_session.language());
}

QString BookingController::slotText() const
{
    return m_slot.id.isEmpty() ? QString() : slotWords(m_slot.start, m_slot.end);
}

QString BookingController::ticketTime() const
{
    return m_ticket.ticket.isEmpty() ? QString() : slotWords(m_ticket.start, m_ticket.end);
}

QString BookingController::ticketTone() const
{
    if (m_ticket.state == QLatin1String("declined"))
        return QStringLiteral("error");
    return m_ticket.state == QLatin1String("requested") ? QStringLiteral("warning")
                                                        : QStringLiteral("good");
}

QString BookingController::mongolianItemName() const
{
    return m_session.mongolian() && active() ? m_catalogue.mongolianItemName(m_itemCode)
                                             : QString();
}

QString BookingController::placeName() const
{
    const auto point = m_catalogue.thisPoint();
    return point ? textIn(point->nameZh, point->nameEn, point->nameMn, m_session.language())
                 : QString();
}

QString BookingController::placeAddress() const
{
    const auto point = m_catalogue.thisPoint();
    return point
               ? textIn(point->addressZh, point->addressEn, point->addressMn, m_session.language())
               : QString();
}

void BookingController::loadItems()
{
    QList<ItemListModel::Row> rows;
    // Handled here is not enough: central takes bookings only for the point's item groups.
    for (const ItemSummary &item : m_catalogue.items(QString(), m_catalogue.thisPointCode()))
        if (item.handledHere && m_service.servesDepartment(item.department))
            rows.append({item, QString()});
    // Mongolian mode: the cards show the items' Mongolian names (§9e).
    m_items.setMongolianNames(m_session.mongolian() ? m_catalogue.mongolianItemNames()
                                                    : QHash<QString, QString>());
    m_items.reset(rows, m_session.english());
}

bool BookingController::begin(const QString &itemCode)
{
    clear();
    m_readinessProblem = m_submissions.readinessProblem();
    if (itemCode.isEmpty() || !m_catalogue.item(itemCode)) {
        m_readinessProblem = QCoreApplication::translate("jiujin::BookingController",
                                                         "找不到这个事项，请返回重新选择");
        Q_EMIT startedChanged();
        return false;
    }
    if (!m_service.servesItem(itemCode)) {
        m_readinessProblem =
            QCoreApplication::translate("jiujin::BookingController", "本服务点不受理该事项的预约");
        Q_EMIT startedChanged();
        return false;
    }
    m_itemCode = itemCode;
    m_itemName = m_catalogue.itemName(itemCode, m_session.english());
    m_fields.reset(bookingSchema(), localToday());
    Q_EMIT startedChanged();
    refresh();
    // The first day this kiosk can confirm on; else the first a request can go to; else the first.
    const QList<BookingDay> &strip = m_days.days();
    QDate first;
    for (const BookingDay &d : strip)
        if (!first.isValid() && d.seatsHere > 0)
            first = d.date;
    for (const BookingDay &d : strip)
        if (!first.isValid() && d.poolFree > 0)
            first = d.date;
    if (!first.isValid() && !strip.isEmpty())
        first = strip.first().date;
    if (first.isValid())
        chooseDay(first.toString(Qt::ISODate));
    return m_readinessProblem.isEmpty();
}

bool BookingController::start(const QString &itemCode)
{
    return begin(itemCode);
}

bool BookingController::startReschedule(const QString &ticket)
{
    const auto status = m_service.status(ticket);
    if (!status) {
        setError(QCoreApplication::translate("jiujin::BookingController", "没有找到这个预约号"));
        return false;
    }
    const bool ok = begin(status->booking.itemCode);
    m_oldTicket = status->booking.ticket;
    Q_EMIT startedChanged();
    return ok;
}

void BookingController::refresh()
{
    if (!active())
        return;
    m_days.reset(m_service.days(), localToday(), m_session.english(), m_session.mongolian());
    if (m_day.isValid())
        m_slots.reset(m_service.daySlots(m_day));
    Q_EMIT dayChanged();
}

void BookingController::chooseDay(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!active() || !date.isValid())
        return;
    m_day = date;
    m_slots.reset(m_service.daySlots(m_day));
    m_slot = BookingSlot{};
    m_asRequest = false;
    setError(QString());
    Q_EMIT dayChanged();
    Q_EMIT slotChanged();
}

bool BookingController::chooseSlot(const QString &slotId, bool request)
{
    for (const BookingSlot &s : m_slots.all()) {
        if (s.id != slotId)
            continue;
        // A request only where nothing of the day can be confirmed here: a seat on the lease is
        // always the better answer for the citizen.
        if (request ? !(s.canRequest() && !dayBookableHere()) : !s.canBook())
            return false;
        m_slot = s;
        m_asRequest = request;
        setError(QString());
        Q_EMIT slotChanged();
        return true;
    }
    return false;
}

BookingForm BookingController::collect() const
{
    Application app;
    m_fields.fill(app);
    BookingForm form;
    form.itemCode = m_itemCode;
    form.slot = m_slot.id;
    form.name = app.values.value(QStringLiteral("name"));
    form.phone = app.values.value(QStringLiteral("phone"));
    form.idNumber = app.values.value(QStringLiteral("id_number"));
    form.fromCard = app.fromCard.contains(QStringLiteral("name"));
    app.wipe();
    return form;
}

bool BookingController::checkForm()
{
    m_fields.showAllErrors();
    BookingForm form = collect();
    QHash<QString, QString> problems = m_service.check(form);
    problems.remove(QStringLiteral("item"));
    problems.remove(QStringLiteral("slot"));
    m_fields.setErrors(problems);
    const bool ok = m_fields.complete() && problems.isEmpty();
    if (ok) {
        m_maskedName = validation::maskName(form.name);
        m_maskedPhone = validation::maskPhone(validation::normaliseMobile(form.phone));
        m_maskedId = form.idNumber.trimmed().isEmpty()
                         ? QString()
                         : validation::maskIdNumber(validation::normaliseIdNumber(form.idNumber));
        Q_EMIT summaryChanged();
    }
    form.wipe();
    return ok;
}

bool BookingController::confirm()
{
    if (!active() || !m_ticket.ticket.isEmpty() || m_slot.id.isEmpty())
        return false;
    BookingForm form = collect();
    Result<BookingTicket> made = Error{Error::Invalid, QString()};
    if (!m_oldTicket.isEmpty())
        made = m_service.reschedule(m_oldTicket, form);
    else if (m_asRequest)
        made = m_service.request(form);
    else
        made = m_service.book(form);
    form.wipe();
    if (!made) {
        // Seats may have gone meanwhile (another citizen, the lease settled): show the day anew.
        setError(made.error().message.isEmpty()
                     ? QCoreApplication::translate(
                           "jiujin::BookingController",
                           "预约没有成功，请再试一次；如果还不行，请找工作人员帮助。")
                     : made.error().message);
        if (made.error().code == Error::Full || made.error().code == Error::NotFound)
            refresh();
        return false;
    }
    setError(QString());
    m_ticket = made.value();
    m_replaced = m_oldTicket;
    // Sealed in the outbox now: nothing typed needs to stay in memory.
    m_fields.wipe();
    if (m_ticket.state == QLatin1String("requested")) {
        m_answerLooksLeft = answerWaitMs / answerLookMs;
        m_answerWatch.start();
    }
    Q_EMIT bookedChanged();
    return true;
}

void BookingController::lookForAnswer()
{
    // jiujin-syncd writes central's answer into the database: the citizen still at the screen
    // learns it there, rather than having to come back to 查进度.
    const auto status = m_service.status(m_ticket.ticket);
    const bool answered = status && status->booking.state != QLatin1String("requested");
    if (answered)
        m_ticket.state = status->booking.state;
    if (answered || --m_answerLooksLeft <= 0) {
        m_answerWatch.stop();
        Q_EMIT bookedChanged();
    }
}

void BookingController::print()
{
    if (m_ticket.ticket.isEmpty())
        return;
    const auto point = m_catalogue.thisPoint();
    // The ticket is Mongolian and Chinese whatever the screen language (docs/DESIGN.md §9f).
    TicketData data;
    data.ticket = m_ticket.ticket;
    data.itemName = m_catalogue.itemName(m_ticket.itemCode, false);
    data.itemNameMn = m_catalogue.mongolianItemName(m_ticket.itemCode);
    data.pointName = point ? point->nameZh : QString();
    data.pointAddress = point ? point->addressZh : QString();
    data.pointNameMn = point ? point->nameMn : QString();
    data.pointAddressMn = point ? point->addressMn : QString();
    data.pointPhone = point ? point->phone : QString();
    data.start = m_ticket.start;
    data.end = m_ticket.end;
    data.requested = m_ticket.state == QLatin1String("requested");
    data.maskedName = m_maskedName;

    QDir().mkpath(m_ticketDir);
    const QString path =
        QDir(m_ticketDir).filePath(QStringLiteral("预约凭证-%1.pdf").arg(m_ticket.ticket));
    if (auto written = writeTicketPdf(data, path); !written) {
        setPrintStatus(QCoreApplication::translate("jiujin::BookingController",
                                                   "凭证没有生成：%1。请记下预约号。")
                           .arg(written.error().message));
        return;
    }
    m_ticketPath = path;
    if (!m_printer) {
        setPrintStatus(QCoreApplication::translate(
            "jiujin::BookingController",
            "凭证已保存。本机没有连接打印机，请记下预约号或拍照保存。"));
        return;
    }
    setPrintStatus(QCoreApplication::translate("jiujin::BookingController", "正在打印预约凭证……"));
    m_print.start(
        this, m_printer, path,
        [](const Result<QString> &printed) {
            return printed ? QCoreApplication::translate("jiujin::BookingController",
                                                         "预约凭证已打印，请取走。")
                           : QCoreApplication::translate(
                                 "jiujin::BookingController",
                                 "打印机暂时不能用（%1）。凭证已保存，请记下预约号。")
                                 .arg(printed.error().message);
        },
        [this](const QString &status) { setPrintStatus(status); });
}

void BookingController::clear()
{
    m_fields.wipe();
    m_fields.reset(FormSchema{}, QDate());
    m_itemCode.clear();
    m_itemName.clear();
    m_oldTicket.clear();
    m_readinessProblem.clear();
    m_days.reset({}, QDate(), m_session.english());
    m_slots.reset({});
    m_day = QDate();
    m_slot = BookingSlot{};
    m_asRequest = false;
    wipe(m_maskedName);
    wipe(m_maskedPhone);
    wipe(m_maskedId);
    m_ticket = BookingTicket{};
    m_answerWatch.stop();
    m_replaced.clear();
    m_print.forget();
    // The ticket PDF is this visit's temporary file; a print still running removes it when done.
    if (!m_ticketPath.isEmpty() && !m_print.running())
        QFile::remove(m_ticketPath);
    m_ticketPath.clear();
    setError(QString());
    setPrintStatus(QString());
    if (m_cardRead) {
        m_cardRead = false;
        Q_EMIT cardReadChanged();
    }
    Q_EMIT startedChanged();
    Q_EMIT dayChanged();
    Q_EMIT slotChanged();
    Q_EMIT summaryChanged();
    Q_EMIT bookedChanged();
}

void BookingController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

void BookingController::setPrintStatus(const QString &status)
{
    if (m_printStatus == status)
        return;
    m_printStatus = status;
    Q_EMIT printStatusChanged();
}

} // namespace jiujin
