//! People of the correspondence: canonical surnames from the titles, initials and offices headings use.
