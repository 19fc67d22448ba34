// jiujin-faultproxy: a TCP proxy between a kiosk and the gateway that injects the network faults of
// TESTING.md on command. It never looks inside TLS: it only counts bytes, delays, holds, cuts and
// resets. One thread, poll(); commands arrive on stdin one per line and are acknowledged with
// "ok <command>" on stdout, so a test can change the fault between two requests.
//
//   jiujin-faultproxy --target HOST:PORT [--listen HOST:PORT] [--seed N]
//
// Commands (the fault is global and live; a trailing "xK" limits it to K connections or firings):
//   pass                 forward untouched
//   delay MS             every chunk, both ways, is forwarded MS ms after it arrived
//   stall MS [DOWN]      once a connection has carried DOWN bytes to the client, nothing moves
//                        either way for MS ms (once per connection)
//   hold UP              once the client has sent UP bytes, keep the server's bytes back until
//                        "release" (the server has the request; the client hears nothing)
//   freeze UP            forward only the first UP bytes of the client's stream, then nothing
//                        either way until "release" or "abort" (the server has half a request)
//   release              forward what "hold"/"freeze" kept and return to pass
//   abort                reset every open connection, both sides
//   cut N [UP]           once the client has sent UP bytes, forward N more bytes of the server's
//                        reply, then reset both sides (the ambiguous failure: the server committed,
//                        the client never heard)
//   reset                accept new connections and reset them at once
//   drop PCT             reset PCT % of new connections at once (seeded), forward the rest
//   stats                print "stats conns=C faults=F open=O"
// Events printed: "listening on PORT", "conn ID open", "conn ID fault KIND up=U down=D",
// "conn ID closed up=U down=D".
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Ms = std::chrono::milliseconds;

/** Closes a file descriptor when it goes out of scope. */
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(Fd &&o) noexcept : m_fd(o.release()) {}
    Fd &operator=(Fd &&o) noexcept
    {
        reset(o.release());
        return *this;
    }
    ~Fd() { reset(); }
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    explicit operator bool() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

void say(const std::string &line)
{
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

/** An abortive close: the peer sees a reset, not an orderly end. */
void resetClose(Fd &fd)
{
    if (!fd)
        return;
    linger l{1, 0};
    ::setsockopt(fd.get(), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    fd.reset();
}

bool parseAddress(const std::string &text, sockaddr_in &out)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return false;
    std::memset(&out, 0, sizeof out);
    out.sin_family = AF_INET;
    out.sin_port = htons(uint16_t(std::atoi(text.substr(colon + 1).c_str())));
    return ::inet_pton(AF_INET, text.substr(0, colon).c_str(), &out.sin_addr) == 1;
}

enum class Mode { Pass, Delay, Stall, Hold, Freeze, Cut, Reset, Drop };

struct Fault
{
    Mode mode = Mode::Pass;
    long a = 0, b = 0; ///< the mode's numbers, in the order the command gives them
    long budget = -1;  ///< connections or firings left; -1 = unlimited
};

struct Chunk
{
    Clock::time_point due;
    std::string bytes;
};

/** One proxied connection: client side, server side and what is in flight each way. */
struct Conn
{
    long id = 0;
    Fd client, server;
    std::deque<Chunk> toServer, toClient;
    long up = 0, down = 0; ///< bytes read from the client / from the server
    bool clientEof = false, serverEof = false, shutServer = false, shutClient = false;
    bool stalled = false, held = false;
    long cutLeft = -1; ///< reply bytes still to forward before the cut; -1 = no cut armed
    long upLimit = -1; ///< client bytes that may reach the server; -1 = all
    long upSent = 0;   ///< client bytes the server was given
    Clock::time_point stallEnd;
};

class Proxy
{
public:
    Proxy(sockaddr_in target, unsigned seed) : m_target(target), m_random(seed) {}

    bool listen(const sockaddr_in &at)
    {
        m_listener = Fd(::socket(AF_INET, SOCK_STREAM, 0));
        const int one = 1;
        ::setsockopt(m_listener.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(m_listener.get(), reinterpret_cast<const sockaddr *>(&at), sizeof at) != 0 ||
            ::listen(m_listener.get(), 64) != 0)
            return false;
        setNonBlocking(m_listener.get());
        sockaddr_in bound{};
        socklen_t len = sizeof bound;
        ::getsockname(m_listener.get(), reinterpret_cast<sockaddr *>(&bound), &len);
        say("listening on " + std::to_string(ntohs(bound.sin_port)));
        return true;
    }

    int run()
    {
        setNonBlocking(STDIN_FILENO);
        for (;;) {
            std::vector<pollfd> fds;
            std::vector<std::pair<Conn *, int>> owners; // (connection, 0 client / 1 server)
            fds.push_back({m_listener.get(), POLLIN, 0});
            if (!m_stdinClosed)
                fds.push_back({STDIN_FILENO, POLLIN, 0});
            const auto now = Clock::now();
            int timeout = 1000;
            for (auto &[id, c] : m_conns) {
                if (c->stalled && now >= c->stallEnd)
                    c->stalled = false;
                if (c->stalled)
                    timeout = std::min<int>(timeout, int(msUntil(c->stallEnd)) + 1);
                const bool moving = !c->stalled;
                short cev = 0, sev = 0;
                if (moving && !c->clientEof && c->client)
                    cev |= POLLIN;
                if (moving && !c->serverEof && c->server)
                    sev |= POLLIN;
                if (moving && !c->toServer.empty() && (c->upLimit < 0 || c->upSent < c->upLimit)) {
                    if (c->toServer.front().due <= now)
                        sev |= POLLOUT;
                    else
                        timeout = std::min<int>(timeout, int(msUntil(c->toServer.front().due)) + 1);
                }
                if (moving && !c->held && !c->toClient.empty()) {
                    if (c->toClient.front().due <= now)
                        cev |= POLLOUT;
                    else
                        timeout = std::min<int>(timeout, int(msUntil(c->toClient.front().due)) + 1);
                }
                if (c->client) {
                    fds.push_back({c->client.get(), cev, 0});
                    owners.push_back({c.get(), 0});
                }
                if (c->server) {
                    fds.push_back({c->server.get(), sev, 0});
                    owners.push_back({c.get(), 1});
                }
            }
            if (::poll(fds.data(), fds.size(), timeout) < 0) {
                if (errno == EINTR)
                    continue;
                return 1;
            }
            if (fds[0].revents & POLLIN)
                accept();
            size_t at = 1;
            if (!m_stdinClosed) {
                if (fds[1].revents & (POLLIN | POLLHUP))
                    commands();
                at = 2;
            }
            for (size_t i = at; i < fds.size(); ++i) {
                auto [c, side] = owners[i - at];
                if (fds[i].revents)
                    service(*c, side, fds[i].revents);
            }
            settle();
            if (m_stdinClosed && m_quitOnEof)
                return 0;
        }
    }

private:
    static long msUntil(Clock::time_point t)
    {
        return std::max<long>(0, long(std::chrono::duration_cast<Ms>(t - Clock::now()).count()));
    }

    bool takeBudget()
    {
        if (m_fault.budget == 0)
            return false;
        if (m_fault.budget > 0 && --m_fault.budget == 0) {
            m_pendingPass = true;
        }
        return true;
    }

    void fault(Conn &c, const char *kind)
    {
        ++m_faults;
        say("conn " + std::to_string(c.id) + " fault " + kind + " up=" + std::to_string(c.up) +
            " down=" + std::to_string(c.down));
    }

    void accept()
    {
        for (;;) {
            Fd client(::accept(m_listener.get(), nullptr, nullptr));
            if (!client)
                return;
            auto c = std::make_unique<Conn>();
            c->id = ++m_connCount;
            say("conn " + std::to_string(c->id) + " open");
            const bool drop = m_fault.mode == Mode::Drop &&
                              std::uniform_int_distribution<int>(0, 99)(m_random) < m_fault.a;
            if ((m_fault.mode == Mode::Reset || drop) && takeBudget()) {
                fault(*c, m_fault.mode == Mode::Reset ? "reset" : "drop");
                resetClose(client);
                endPassIfSpent();
                continue;
            }
            Fd server(::socket(AF_INET, SOCK_STREAM, 0));
            // Loopback: a blocking connect answers at once (refused when the gateway is down).
            if (::connect(server.get(), reinterpret_cast<const sockaddr *>(&m_target),
                          sizeof m_target) != 0) {
                say("conn " + std::to_string(c->id) + " upstream refused");
                resetClose(client);
                continue;
            }
            const int one = 1;
            ::setsockopt(server.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::setsockopt(client.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            setNonBlocking(client.get());
            setNonBlocking(server.get());
            c->client = std::move(client);
            c->server = std::move(server);
            if (m_fault.mode == Mode::Cut && m_fault.b == 0 && takeBudget())
                arm(*c);
            if (m_fault.mode == Mode::Freeze && takeBudget()) {
                c->upLimit = m_fault.a;
                endPassIfSpent();
            }
            m_conns.emplace(c->id, std::move(c));
        }
    }

    void arm(Conn &c)
    {
        c.cutLeft = m_fault.a;
        fault(c, "cut-armed");
    }

    void service(Conn &c, int side, short revents)
    {
        Fd &from = side == 0 ? c.client : c.server;
        if (revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[16384];
            const ssize_t n = ::recv(from.get(), buf, sizeof buf, 0);
            if (n > 0) {
                Chunk chunk{Clock::now() + Ms(m_fault.mode == Mode::Delay ? m_fault.a : 0),
                            std::string(buf, size_t(n))};
                if (side == 0) {
                    c.up += n;
                    c.toServer.push_back(std::move(chunk));
                    afterUp(c);
                } else {
                    c.down += n;
                    c.toClient.push_back(std::move(chunk));
                    afterDown(c);
                }
            } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                (side == 0 ? c.clientEof : c.serverEof) = true;
                if (n < 0) {
                    // A reset on one side is passed on as a reset to the other.
                    if (side == 0) {
                        c.toServer.clear();
                        resetClose(c.server);
                        c.serverEof = true;
                    } else {
                        c.toClient.clear();
                        resetClose(c.client);
                        c.clientEof = true;
                    }
                }
            }
        }
        if (revents & POLLOUT)
            flush(c, side);
    }

    void afterUp(Conn &c)
    {
        if (m_fault.mode == Mode::Hold && !c.held && c.up >= m_fault.a && takeBudget()) {
            c.held = true;
            fault(c, "hold");
        }
        if (c.upLimit >= 0 && !c.held && c.up >= c.upLimit) {
            c.held = true;
            fault(c, "freeze");
        }
        if (m_fault.mode == Mode::Cut && c.cutLeft < 0 && m_fault.b > 0 && c.up >= m_fault.b &&
            takeBudget())
            arm(c);
        endPassIfSpent();
    }

    void afterDown(Conn &c)
    {
        if (m_fault.mode == Mode::Stall && !c.stalled && c.stallEnd == Clock::time_point() &&
            c.down >= m_fault.b && takeBudget()) {
            c.stalled = true;
            c.stallEnd = Clock::now() + Ms(m_fault.a);
            fault(c, "stall");
            endPassIfSpent();
        }
    }

    void endPassIfSpent()
    {
        if (m_pendingPass) {
            m_pendingPass = false;
            m_fault = Fault{};
        }
    }

    void flush(Conn &c, int side)
    {
        auto &queue = side == 0 ? c.toClient : c.toServer;
        Fd &to = side == 0 ? c.client : c.server;
        const auto now = Clock::now();
        while (!queue.empty() && queue.front().due <= now && to) {
            std::string &bytes = queue.front().bytes;
            size_t allowed = bytes.size();
            if (side == 0 && c.cutLeft >= 0)
                allowed = std::min<size_t>(allowed, size_t(c.cutLeft));
            if (side == 1 && c.upLimit >= 0) {
                allowed = std::min<size_t>(allowed, size_t(std::max(0L, c.upLimit - c.upSent)));
                if (allowed == 0)
                    return;
            }
            if (allowed == 0) {
                cut(c);
                return;
            }
            const ssize_t n = ::send(to.get(), bytes.data(), allowed, MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    return;
                queue.clear();
                return;
            }
            if (side == 0 && c.cutLeft >= 0)
                c.cutLeft -= n;
            if (side == 1)
                c.upSent += n;
            bytes.erase(0, size_t(n));
            if (bytes.empty())
                queue.pop_front();
        }
    }

    void cut(Conn &c, const char *kind = "cut")
    {
        fault(c, kind);
        c.toClient.clear();
        c.toServer.clear();
        resetClose(c.client);
        resetClose(c.server);
        c.clientEof = c.serverEof = true;
    }

    /** Passes an end of stream on once its direction is flushed; forgets finished connections. */
    void settle()
    {
        for (auto it = m_conns.begin(); it != m_conns.end();) {
            Conn &c = *it->second;
            if (c.cutLeft == 0 && !c.toClient.empty())
                cut(c);
            if (c.clientEof && c.toServer.empty() && c.server && !c.shutServer) {
                ::shutdown(c.server.get(), SHUT_WR);
                c.shutServer = true;
            }
            if (c.serverEof && c.toClient.empty() && c.client && !c.shutClient && !c.held) {
                ::shutdown(c.client.get(), SHUT_WR);
                c.shutClient = true;
            }
            const bool done = (c.clientEof || !c.client) && (c.serverEof || !c.server) &&
                              (c.toClient.empty() || !c.client) &&
                              (c.toServer.empty() || !c.server);
            if (done && !c.held) {
                say("conn " + std::to_string(c.id) + " closed up=" + std::to_string(c.up) +
                    " down=" + std::to_string(c.down));
                it = m_conns.erase(it);
            } else {
                ++it;
            }
        }
    }

    void commands()
    {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n == 0) {
                m_stdinClosed = true;
                m_quitOnEof = true;
                return;
            }
            if (n < 0)
                return;
            m_input.append(buf, size_t(n));
            size_t nl;
            while ((nl = m_input.find('\n')) != std::string::npos) {
                command(m_input.substr(0, nl));
                m_input.erase(0, nl + 1);
            }
        }
    }

    void command(const std::string &line)
    {
        std::istringstream in(line);
        std::vector<std::string> words;
        for (std::string w; in >> w;)
            words.push_back(w);
        if (words.empty())
            return;
        Fault f;
        if (words.size() > 1 && words.back().size() > 1 && words.back()[0] == 'x') {
            f.budget = std::atol(words.back().c_str() + 1);
            words.pop_back();
        }
        auto num = [&](size_t i) { return i < words.size() ? std::atol(words[i].c_str()) : 0L; };
        const std::string &w = words[0];
        if (w == "pass") {
            f.mode = Mode::Pass;
        } else if (w == "delay") {
            f = {Mode::Delay, num(1), 0, f.budget};
        } else if (w == "stall") {
            f = {Mode::Stall, num(1), num(2), f.budget};
        } else if (w == "hold") {
            f = {Mode::Hold, num(1), 0, f.budget};
        } else if (w == "cut") {
            f = {Mode::Cut, num(1), num(2), f.budget};
        } else if (w == "reset") {
            f.mode = Mode::Reset;
        } else if (w == "drop") {
            f = {Mode::Drop, num(1), 0, f.budget};
        } else if (w == "freeze") {
            f = {Mode::Freeze, num(1), 0, f.budget};
        } else if (w == "release") {
            for (auto &[id, c] : m_conns) {
                c->held = false;
                c->upLimit = -1;
            }
            f.mode = Mode::Pass;
        } else if (w == "abort") {
            for (auto &[id, c] : m_conns)
                cut(*c, "abort");
            f = m_fault;
        } else if (w == "stats") {
            say("stats conns=" + std::to_string(m_connCount) +
                " faults=" + std::to_string(m_faults) + " open=" + std::to_string(m_conns.size()));
            say("ok " + line);
            return;
        } else {
            say("error unknown command: " + line);
            return;
        }
        m_fault = f;
        m_pendingPass = false;
        say("ok " + line);
    }

    sockaddr_in m_target;
    std::mt19937 m_random;
    Fd m_listener;
    std::map<long, std::unique_ptr<Conn>> m_conns;
    Fault m_fault;
    bool m_pendingPass = false, m_stdinClosed = false, m_quitOnEof = false;
    long m_connCount = 0, m_faults = 0;
    std::string m_input;
};

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    sockaddr_in target{}, listenAt{};
    parseAddress("127.0.0.1:0", listenAt);
    bool haveTarget = false;
    unsigned seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--target")
            haveTarget = parseAddress(argv[i + 1], target);
        else if (opt == "--listen" && !parseAddress(argv[i + 1], listenAt))
            haveTarget = false;
        else if (opt == "--seed")
            seed = unsigned(std::strtoul(argv[i + 1], nullptr, 10));
    }
    if (!haveTarget) {
        std::fputs("usage: jiujin-faultproxy --target HOST:PORT [--listen HOST:PORT] [--seed N]\n"
                   "then commands on stdin: pass | delay MS | stall MS [DOWN] | hold UP | release"
                   " | cut N [UP] | reset | drop PCT | stats  (optional trailing xK)\n",
                   stderr);
        return 2;
    }
    Proxy proxy(target, seed);
    if (!proxy.listen(listenAt)) {
        std::perror("jiujin-faultproxy: listen");
        return 1;
    }
    return proxy.run();
}
