import Domain
import Storage
import Synchronization
import Views

/// The names and contact details every page shows. Settings an administrator saved win over
/// the command-line configuration; saving them again replaces the value for the next request.
final class CurrentSite: Sendable {
    private let configured: SiteInfo
    private let value: Mutex<SiteInfo>

    init(configured: SiteInfo, settings: CentreSettings?) {
        self.configured = configured
        value = Mutex(settings.map(configured.applying) ?? configured)
    }

    /// What pages show now.
    var info: SiteInfo { value.withLock { $0 } }

    /// Shows `settings` from the next request on.
    func apply(_ settings: CentreSettings) {
        let updated = configured.applying(settings)
        value.withLock { $0 = updated }
    }
}

extension SiteInfo {
    /// This installation's site with the administrator's names and contact details; the
    /// public address and the demo flag stay those of the configuration.
    func applying(_ settings: CentreSettings) -> SiteInfo {
        var site = self
        site.centreName = settings.centreName
        site.communeName = settings.communeName
        site.address = settings.address
        site.phone = settings.phone
        return site
    }
}
