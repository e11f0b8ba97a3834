"""The sync protocol: how desks share one event log without a server.

:mod:`~checkin.sync.transport` is the seam (a shared folder today, PostgreSQL
later); :mod:`~checkin.sync.folder` the folder transport, with the journal
format in :mod:`~checkin.sync.journal`, the event package in
:mod:`~checkin.sync.package` and the file-name rules that keep cloud-sync
conflict copies out in :mod:`~checkin.sync.names`. No SQL and no Qt here: the
service layer (:mod:`checkin.service.sync`) feeds the events to the store.
"""
