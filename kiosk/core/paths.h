#pragma once

#include <QString>
#include <QStringList>

namespace jiujin {

/** $JIUJIN_CONFIG if set, else /etc/jiujin/jiujin.conf. */
QString configFilePath();

/**
 * What jiujin.conf (INI) says. A key it leaves out, or a missing file, leaves the field at its
 * default (paths empty = "not set", so each executable keeps its own fallback).
 */
struct KioskConfig
{
    QString file;         ///< the file read
    bool present = false; ///< the file exists
    QString problem;      ///< why it could not be read or parsed; empty when fine or absent
    QStringList warnings; ///< unknown keys and unusable values (they keep their defaults)

    QString database; ///< [paths] database; empty: not set
    QString keys;     ///< [paths] keys: the device's keys; empty: not set
    QString state;    ///< [paths] state: notices, receipts, printed files; empty: not set
    QString devices;  ///< [paths] devices: simulated devices directory; empty: none
    QString printer;  ///< [kiosk] printer: cups:NAME or file:DIR; empty: the database setting
    QString lang = QStringLiteral("zh"); ///< [kiosk] lang: zh or en
    bool elder = false;                  ///< [kiosk] elder: start in elder mode
    /** [kiosk] audio: the ALSA PCM voice guidance plays on. */
    QString audio = QStringLiteral("default");
    int blankAfterS = 600; ///< [session] blank_after_s (the session script's)

    /** Reads @p file; never fails: problems are in problem and warnings. */
    static KioskConfig load(const QString &file = configFilePath());
};

/** The database named by $JIUJIN_DB, else by the config file; empty when neither names one. */
QString configuredDatabasePath();

/**
 * $JIUJIN_DB if set, else the config file's [paths] database, else the kiosk state directory's
 * jiujin.db (/var/lib/jiujin or ./var for a checkout).
 */
QString defaultDatabasePath();

/** The config file's [paths] keys; empty when it names none (callers fall back). */
QString configuredKeysDir();

} // namespace jiujin
