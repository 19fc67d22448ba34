#include "paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

namespace jiujin {

namespace {
// QSettings splits an unquoted value at commas; a path or queue name is one string.
QString text(const QSettings &ini, const QString &key)
{
    const QVariant v = ini.value(key);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString().trimmed();
}
} // namespace

QString configFilePath()
{
    const QString fromEnv = qEnvironmentVariable("JIUJIN_CONFIG");
    return fromEnv.isEmpty() ? QStringLiteral("/etc/jiujin/jiujin.conf") : fromEnv;
}

KioskConfig KioskConfig::load(const QString &file)
{
    KioskConfig c;
    c.file = file;
    const QFileInfo info(file);
    c.present = info.exists();
    if (!c.present)
        return c;
    // QSettings treats an unreadable file as an empty one: tell the two apart first.
    QFile probe(file);
    if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
        c.problem = QStringLiteral("cannot read %1").arg(file);
        return c;
    }
    probe.close();
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        c.problem = QStringLiteral("%1 is not a valid INI file").arg(file);
        return c;
    }
    static const QSet<QString> known = {
        QStringLiteral("paths/database"),       QStringLiteral("paths/keys"),
        QStringLiteral("paths/state"),          QStringLiteral("paths/devices"),
        QStringLiteral("kiosk/printer"),        QStringLiteral("kiosk/lang"),
        QStringLiteral("kiosk/elder"),          QStringLiteral("kiosk/audio"),
        QStringLiteral("session/blank_after_s")};
    for (const QString &key : ini.allKeys()) {
        // QSettings reads only ';' as a comment: a '#' line with a '=' in it comes back as a key.
        const QString name = key.section(QLatin1Char('/'), -1);
        if (name.startsWith(QLatin1Char('#')) || name.startsWith(QLatin1Char(';')))
            continue;
        if (!known.contains(key))
            c.warnings.append(QStringLiteral("unknown key %1").arg(key));
    }
    c.database = text(ini, QStringLiteral("paths/database"));
    c.keys = text(ini, QStringLiteral("paths/keys"));
    c.state = text(ini, QStringLiteral("paths/state"));
    c.devices = text(ini, QStringLiteral("paths/devices"));
    const QString printer = text(ini, QStringLiteral("kiosk/printer"));
    if (printer.isEmpty() || printer.startsWith(QLatin1String("cups:")) ||
        printer.startsWith(QLatin1String("file:")))
        c.printer = printer;
    else
        c.warnings.append(QStringLiteral("kiosk/printer is cups:NAME or file:DIR"));
    const QString lang = text(ini, QStringLiteral("kiosk/lang"));
    if (lang == QLatin1String("zh") || lang == QLatin1String("en") || lang == QLatin1String("mn"))
        c.lang = lang;
    else if (!lang.isEmpty())
        c.warnings.append(QStringLiteral("kiosk/lang is zh, en or mn"));
    const QString elder = text(ini, QStringLiteral("kiosk/elder")).toLower();
    if (elder == QLatin1String("true") || elder == QLatin1String("false"))
        c.elder = elder == QLatin1String("true");
    else if (!elder.isEmpty())
        c.warnings.append(QStringLiteral("kiosk/elder is true or false"));
    // An ALSA PCM name ("default", "plughw:CARD=PCH,DEV=0", "file:FILE=/x.raw"); it reaches
    // snd_pcm_open only, so anything printable without spaces or quotes is left to ALSA to judge.
    static const QRegularExpression alsaName(QStringLiteral("^[A-Za-z0-9_:,.=/+-]{1,200}$"));
    const QString audio = text(ini, QStringLiteral("kiosk/audio"));
    if (alsaName.match(audio).hasMatch())
        c.audio = audio;
    else if (!audio.isEmpty())
        c.warnings.append(
            QStringLiteral("kiosk/audio is an ALSA device name (aplay -L lists them)"));
    const QString blank = text(ini, QStringLiteral("session/blank_after_s"));
    bool ok = false;
    const int seconds = blank.toInt(&ok);
    if (ok && seconds >= 0)
        c.blankAfterS = seconds;
    else if (!blank.isEmpty())
        c.warnings.append(QStringLiteral("session/blank_after_s is a number of seconds"));
    return c;
}

QString configuredDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("JIUJIN_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return KioskConfig::load().database;
}

QString defaultDatabasePath()
{
    if (const QString configured = configuredDatabasePath(); !configured.isEmpty())
        return configured;
    const QFileInfo system(QStringLiteral("/var/lib/jiujin"));
    if (system.isDir() && system.isWritable())
        return QStringLiteral("/var/lib/jiujin/jiujin.db");
    QDir().mkpath(QStringLiteral("var"));
    return QDir::current().absoluteFilePath(QStringLiteral("var/jiujin.db"));
}

QString configuredKeysDir()
{
    return KioskConfig::load().keys;
}

} // namespace jiujin
