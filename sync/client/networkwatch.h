#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace jiujin {

/**
 * Tells when the machine's network changed in a way that may bring the gateway back: an address,
 * a route or a link came up (rtnetlink multicast groups; no polling). Silent where netlink is not
 * available.
 */
class NetworkWatch : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatch(QObject *parent = nullptr);
    ~NetworkWatch() override;

    /** Opens the netlink socket; false (and a warning) when it cannot. */
    bool start();

Q_SIGNALS:
    /** Something came up; a burst of kernel messages gives one signal. */
    void cameUp();

private:
    void readMessages();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace jiujin
