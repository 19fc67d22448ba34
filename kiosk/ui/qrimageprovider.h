#pragma once

#include <QQuickImageProvider>

namespace jiujin {

/** Serves image://qr/<url-encoded text> as a QR code (receipt numbers on the receipt screen). */
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace jiujin
