#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace iqa {

// A value or a user-readable error message. Core functions that can fail on
// user input return this instead of throwing, so the GUI and the CLI can show
// the message as it is (C++17 has no std::expected).
template <typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(QString message)
    {
        Expected e;
        e.m_error = std::move(message);
        return e;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but can fail.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace iqa
