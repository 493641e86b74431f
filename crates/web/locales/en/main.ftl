## Site frame
site-name = Twinning
language-name = English
og-locale = en_GB
skip-to-content = Skip to content
language-switcher = Language
breadcrumbs = You are here
footer-about = Twinning — open-source software for town-twinning projects.
footer-api = Open data: the API and its description

## Errors
error-field = The problem is with:
error-home-link = Go to the home page
error-400-help = Something in the address is not right. Check it and try again.
error-404-help = There is nothing at this address. It may have been mistyped, or the page may have moved.
error-405-help = This address cannot be used that way.
error-500-help = Something went wrong on our side. It has been logged; please try again later.
error-503-help = The service cannot reach its database right now. Please try again in a few minutes.
error-route-not-found = Page not found
error-route-method-not-allowed = Not allowed
error-project-not-found = Project not found
error-event-not-found = Meeting not found
error-item-not-found = Programme item not found
error-town-not-found = Town not found
error-venue-not-found = Venue not found
error-query-lang-invalid = Unknown language
error-query-lang-repeated = Language given twice
error-request-too-large = Too much data
error-request-timeout = This took too long
error-408-help = The answer took too long to prepare. Please try again.
error-413-help = The data sent is larger than this address accepts.
error-server-error = Server error
error-server-database-unavailable = Temporarily unavailable

## Home
home-title = Town-twinning projects
home-intro = Partner towns, their meetings and programmes, and the people who bring them together.
home-projects = Projects
home-no-projects = No projects have been published yet.

## Projects
project-period = Period
project-status = Status
project-lead = Lead partner
project-all-partners = All partners
project-events = Meetings
project-twinnings = Agreements between partner towns
funding-programme = Funding programme
funding-strand = Strand
funding-measure = Measure
status-planned = Planned
status-running = Running
status-completed = Completed
status-cancelled = Cancelled
partner-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} from { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}
role-lead = Lead partner
role-partner = Partner
role-associated = Associated partner

## Partners
partners-title = Partners
partners-caption = Partner towns of the project and their roles
partners-town = Town
partners-country = Country
partners-role = Role
partners-organisation = Acting for the town
illustrative-badge = Illustrative:
illustrative-mark = illustrative
illustrative-time-title = The clock time is illustrative: the source gives only the day.

## Twinnings
twinning-twin = Twin towns
twinning-partnership = Partnership
twinning-friendship = Friendship agreement
twinning-memorandum_of_cooperation = Memorandum of Cooperation
twinning-between = { $kind }: { $a } and { $b }
twinning-between-since = { $kind }: { $a } and { $b }, { $since }
twinning-since = since { $date }
twinning-signed-at = signed during the meeting
twinning-document = document

## Events
event-dates = Dates
event-host = Host town
event-zone = Times are in
event-days = Day by day
event-venues = Venues
event-see-programme = See the programme

## Programme
programme-title = Programme
programme-description = The day-by-day programme of { $event }.
programme-ics = Add to calendar (.ics)
programme-days-nav = Days
programme-day-empty = Nothing is planned for this day yet.
programme-day-number = Day { $number }
programme-item-count = { $count ->
    [one] { $count } programme item
   *[other] { $count } programme items
}
item-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
item-when = When
item-where = Where
item-audience = Open to
item-hosts = Hosts and speakers
item-languages = Languages
item-event = Part of
audience-delegates = Delegations
audience-public = Open to the public

kind-arrival = Arrival
kind-sightseeing = Sightseeing
kind-official_meeting = Official meeting
kind-presentation = Presentation
kind-signing = Signing
kind-conference = Conference
kind-lecture = Lecture
kind-debate = Debate
kind-group_work = Group work
kind-workshop = Workshop
kind-cultural_evening = Cultural evening
kind-meal = Meal
kind-excursion = Excursion
kind-visit = Visit
kind-ceremony = Ceremony
kind-evaluation = Evaluation
kind-departure = Departure
kind-free_time = Free time

## Towns and venues
town-description = { $town }, { $country }: twinnings and projects.
town-country = Country
town-region = Region
town-population = Population
town-location = Location
town-website = Website
town-twinnings = Twinnings and agreements
town-no-twinnings = No twinnings are recorded for this town.
town-projects = Projects
town-no-projects = This town takes part in no project here yet.
town-organisations = Acting for the town
venue-map = map
venue-address = Address
venue-town = Town
venue-coordinates = Coordinates
venue-accessibility = Accessibility
venue-held-here = Held here
venue-nothing-held = Nothing is planned here.

## Dates (day, month and year are numbers; month and weekday are names below)
date-day-heading = { $weekday }, { $day } { $month }
date-long = { $day } { $month } { $year }
date-range-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Languages (of programme items)
lang-en = English
lang-lv = Latvian
lang-ltg = Latgalian
lang-lt = Lithuanian
lang-pl = Polish
lang-de = German
lang-sv = Swedish
lang-sr = Serbian
lang-sr-Cyrl = Serbian (Cyrillic)
lang-sr-Latn = Serbian (Latin)
lang-it = Italian
lang-ru = Russian
lang-fr = French
lang-es = Spanish

## Countries
country-AL = Albania
country-AT = Austria
country-BA = Bosnia and Herzegovina
country-BE = Belgium
country-BG = Bulgaria
country-BY = Belarus
country-CH = Switzerland
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IS = Iceland
country-IT = Italy
country-LI = Liechtenstein
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-MD = Moldova
country-ME = Montenegro
country-MK = North Macedonia
country-MT = Malta
country-NL = Netherlands
country-NO = Norway
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-RS = Serbia
country-SE = Sweden
country-SI = Slovenia
country-SK = Slovakia
country-TR = Türkiye
country-UA = Ukraine
country-XK = Kosovo

## Signing in and the account page
signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgot your password?
signin-too-many = Too many failed attempts. For your account's safety, please wait { $minutes } minutes and try again.
signout-submit = Sign out
field-email = E-mail address
field-password = Password
field-name = Name
field-current-password = Current password
field-new-password = New password
field-token-name = What the token is for
password-hint = At least 10 characters. A few unrelated words make a strong password that is easy to remember.
form-error-summary = Please correct the following
form-email-invalid = Enter an e-mail address like name@example.org.
form-password-required = Enter your password.
form-signin-wrong = The e-mail address or the password is not right.
form-password-current-wrong = Your current password is not right.
form-password-too-short = The password needs at least 10 characters.
form-password-too-long = The password can have at most 1024 characters.
form-token-name-invalid = Say in a few words what the token is for (up to 120 characters).
form-name-invalid = Enter a name of up to 120 characters.
account-title = Your account
account-roles = Your projects
account-no-roles = You have no role in a project yet. An organiser can invite you.
account-password = Change your password
account-password-submit = Change password
account-password-changed = Your password has been changed. You have been signed out everywhere else.
account-sessions = Where you are signed in
account-sessions-caption = Your sessions, most recently used first
account-device = Browser or device
account-last-seen = Last used
account-actions = Actions
account-this-session = This session
account-end-session = Sign out there
account-session-ended = That session has ended.
account-unknown-device = Unknown browser
account-tokens = API tokens
account-tokens-help = A token lets a script use the API with your rights. Keep it secret; revoke it when it is no longer needed.
account-tokens-caption = Your API tokens
account-token-create = Create a token
account-token-created = Your new token is ready.
account-token-once = Copy it now: it will not be shown again.
account-token-revoked = The token has been revoked.
account-created = Created
account-last-used = Last used
account-never-used = never
account-revoked = revoked
account-revoke = Revoke
member-role-organiser = Organiser
member-role-coordinator = Partner coordinator
member-role-participant = Participant
admin-title = Instance administration
error-session-not-found = Session not found
error-token-not-found = Token not found
error-request-cross-site = Request refused
error-403-help = This request was refused. If you followed a link from another website, open this site directly and try again.
error-form-invalid = The form could not be read

## Back office: projects, people, invitations, audit log, administration
manage-title = Back office
manage-your-role = Your role:
manage-public-page = The project's public page
field-role = Role
field-town = Partner town
people-title = People and roles
people-caption = Everyone with a role in this project
people-change-role = Change
people-revoke = Remove from project
people-invite = Invite someone
people-invite-help = They receive an e-mail with a link that works once, for 14 days. With it they create an account or use the one they have.
people-town-hint = For partner coordinators: the town whose delegation they register.
people-invite-submit = Send invitation
people-invited = The invitation has been sent.
people-role-changed = The role has been changed.
people-revoked = The person no longer has a role in this project.
form-role-invalid = Choose a role.
form-role-town-required = A partner coordinator acts for one partner town: choose it.
form-invitation-account-exists = An account with this address exists already. Sign in first, then open the invitation again.
form-account-unknown = There is no account with this address.
form-project-unknown = Choose a project.
audit-title = Audit log
audit-empty = Nothing has been changed yet.
audit-caption = Who changed what, newest first
audit-when = When
audit-who = Who
audit-what = What
audit-target = Concerning
audit-system = the system
audit-account-create = account created
audit-account-create_admin = administrator created
audit-account-password_change = password changed
audit-account-password_reset = password reset
audit-role-set = role given
audit-role-revoke = role removed
audit-invitation-create = invitation sent
audit-invitation-accept = invitation accepted
audit-token-create = API token created
audit-token-revoke = API token revoked
invitation-title = Invitation
invitation-project = Project
invitation-expires = Valid until
invitation-signed-in-as = You are signed in as
invitation-accept = Accept the invitation
invitation-new-account = Create your account
invitation-create-and-accept = Create account and accept
invitation-have-account = Do you have an account already?
admin-accounts = Accounts
admin-accounts-caption = Every account on this instance
admin-grant = Make someone an organiser
admin-grant-submit = Make organiser
admin-organiser-granted = The account is now an organiser of the project.
admin-mail = E-mail outbox
admin-mail-empty = No e-mail has been sent yet.
admin-mail-caption = The most recent messages, newest first
admin-mail-to = To
admin-mail-subject = Subject
admin-mail-status = Status
admin-mail-sent = sent at
admin-mail-waiting = { $attempts ->
    [0] waiting
    [one] waiting, { $attempts } failed attempt
   *[other] waiting, { $attempts } failed attempts
}
error-auth-forbidden = Not allowed
error-409-help = This change would leave things in a state that is not allowed.
error-member-not-found = Person not found in this project
error-invitation-invalid = This invitation cannot be used
error-mail-not-found = Message not found
error-role-last-organiser = A project needs an organiser
mail-invitation-subject = Invitation: { $project }
mail-invitation-body =
    Hello,

    { $inviter } invites you to the project "{ $project }" on Twinning as { $role }.

    To accept, open this link (it works once, until { $date }):
    { $link }

    If you did not expect this invitation, you can ignore this message.

## Password reset
reset-title = Reset your password
reset-help = Enter the e-mail address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-sent = If an account exists for this address, a link to choose a new password is on its way. It works once, for an hour.
reset-new-title = Choose a new password
reset-new-submit = Save the new password
reset-done = Your password has been changed. Sign in with the new one.
error-reset-invalid = This link cannot be used
admin-mail-retry = Retry now
mail-reset-subject = Reset your Twinning password
mail-reset-body =
    Hello { $name },

    someone asked to reset the password of your Twinning account. To choose a new password, open this link within { $minutes } minutes (it works once):
    { $link }

    If it was not you, ignore this message: your password stays as it is.

## Translating a project's content
translations-title = Translations
translations-help = How much of the project's content exists in each of its languages. Pages show a missing text in the project's main language, then in English, marked as such.
translations-caption = Fields with a text, per kind of content and language
translations-what = Content
translations-all = All content
translations-cell = { $done } / { $total }
translations-files = Files for translators
translations-files-help = Download the texts as an XLIFF file, which translation tools open; upload the translated file to bring the texts in. You will see what changed.
translations-download-missing = Download what is missing (XLIFF)
translations-download-all = Download everything
translations-upload = Translated XLIFF file
translations-upload-submit = Upload and apply
translations-add-language = Add a language
translations-language-code = Language code
translations-language-code-hint = For example de, sv, sr-Latn or it.
translations-add-language-submit = Add language
translations-language-added = The language has been added to the project.
translations-editor-help = Each field shows its text in the project's main language; write the translation below it. Clearing a field removes its translation.
translations-save = Save translations
translations-changed = What changed
translations-removed = Translations removed:
translations-report = { $changed ->
    [one] { $changed } text changed
   *[other] { $changed } texts changed
}, { $removed } removed, { $unchanged } unchanged, { $rejected } rejected.
translations-unknown-field = { $id }: there is no such field in this project.
translations-group-project = Project
translations-group-partner = Partner
translations-group-event = Meeting
translations-group-item = Programme item
translations-group-venue = Venue
translations-group-town = Town
translations-group-organisation = Organisation
translations-group-twinning = Agreement between towns
translations-field-title = title
translations-field-aims = aims
translations-field-programme = funding programme
translations-field-strand = strand
translations-field-measure = measure
translations-field-label = link text
translations-field-illustrative = note on illustrative data
translations-field-description = description
translations-field-hosts = hosts and speakers
translations-field-name = name
translations-field-accessibility = accessibility
translations-field-region = region
form-text-too-long = The text is too long.
form-text-required = This text is needed in at least one language.
form-text-control-character = The text contains an invisible control character; please remove it.
error-language-not-in-project = This language is not one of the project's languages
error-xliff-malformed = The file is not a readable XLIFF file
error-xliff-wrong-language = The file is for another language
error-xliff-empty = The file has no texts
error-xliff-upload = The file could not be received
error-lang-invalid = Not a language code
error-422-help = The data could not be used. Go back, check it and try again.

## Programme checks
checks-title = Programme checks
checks-intro = What an experienced organiser looks at again before publishing. These are warnings, not errors: the programme can still be published.
checks-none = No warnings: the programme looks consistent.
checks-count = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
check-outside-event = “{ $item }” is on a day outside the meeting's dates.
check-venue-double-booked = “{ $first }” and “{ $second }” use { $venue } at the same time.
check-delegates-overlap = “{ $first }” and “{ $second }” are both for all delegates, and they overlap.
check-too-little-travel = From “{ $first }” to “{ $second }” is { $km } km { $mode }: about { $needed ->
    [one] { $needed } minute
   *[other] { $needed } minutes
}, but there { $available ->
    [one] is only { $available } minute
   *[other] are only { $available } minutes
} between them.
check-public-without-capacity = “{ $item }” is open to the public but has no capacity, so registrations cannot be limited.
check-mode-walk = on foot
check-mode-coach = by coach

programme-last-changed = Last changed on { $date }

## Programme editor
manage-programme-for = Programme: { $event }
items-new = Add a programme item
items-saved = The programme item has been saved.
items-deleted = The programme item has been deleted.
items-field-slug = Short name for the address
items-slug-hint = Lowercase letters, digits and hyphens, e.g. visit-fortress. It cannot be changed later.
items-field-title = Title
items-when = When
items-field-starts = Starts
items-field-ends = Ends
items-field-kind = Kind
items-field-capacity = Places
items-capacity-hint = Leave empty for no limit. Items open to the public should have one.
items-field-venues = Venues
items-field-description = Description
items-languages-hint = Language codes separated by commas, e.g. lv, en.
items-save = Save
items-duplicate = Duplicate
items-delete = Delete
items-public-page = The item's public page
form-slug-invalid = Use 1 to 64 lowercase letters, digits and single hyphens.
form-item-slug-taken = Another item of this meeting already has this short name.
form-time-invalid = Enter a date and time.
form-time-nonexistent = This time does not exist in the meeting's time zone (the clocks skip it).
form-item-ends-before-start = The item must end after it starts.
form-kind-invalid = Choose a kind.
form-audience-invalid = Choose who the item is for.
form-capacity-invalid = Enter a whole number of places, at least 1, or leave it empty.
form-lang-invalid = Use language codes such as lv, en or sr-Latn.
form-venue-unknown = Choose venues from the list.
form-item-capacity-zero = A capacity is at least 1; leave it empty for no limit.

## Publishing the programme
programme-changes = { $added } added, { $changed } changed, { $removed } removed
publish-never = Draft: the public sees no programme until you publish it.
publish-up-to-date = Published as version { $version }; the public sees exactly this.
publish-pending = { $count ->
    [one] { $count } change
   *[other] { $count } changes
} since version { $version } is not public yet.
publish-submit = Publish the programme
publish-done = The programme has been published. The public page and calendars show it now.
publish-nothing = Nothing to publish: the public already sees this programme.
audit-programme-publish = programme published
audit-item-create = programme item added
audit-item-update = programme item changed
audit-item-duplicate = programme item duplicated
audit-item-delete = programme item deleted
audit-translation-update = translations changed
audit-project-language_add = language added

## Cloning a meeting
events-clone = Clone this meeting
events-clone-help = Copy its programme as the starting point for the next meeting: every item moves with the new first day. The copy is a draft until you publish it.
events-clone-slug = Short name of the new meeting
events-clone-start = First day of the new meeting
events-clone-submit = Clone
events-cloned = The meeting has been cloned. Its programme is a draft until you publish it.
form-event-slug-taken = The project already has a meeting with this short name.
form-date-invalid = Enter a date.
audit-event-clone = meeting cloned

## Setting a project up (back office)
setup-new-title = Start a project
setup-new-intro = A project is one twinning initiative: its partner towns, its meetings and their programmes. You will be its first organiser; your town is its lead partner. Everything can be changed later.
setup-create = Start the project
setup-created = The project has been started. Next: add the partner towns, the venues and the first meeting.
setup-saved = The project's details have been saved.
setup-settings-title = Project details
setup-settings-intro = Texts are entered in the project's main language; the translation pages carry them into the others.
setup-field-slug = Short name for the address
setup-slug-hint = Lowercase letters, digits and hyphens, e.g. unity-in-diversity. It appears in every address of the project and cannot be changed later.
setup-field-acronym = Acronym
setup-acronym-hint = As the funder knows the project, e.g. TTChan (up to 40 characters).
setup-field-aims = Aims
setup-field-lead-town = Lead partner's town
setup-lead-town-hint = Your own town. If it is not in the list, leave "Not in the list" and give its name and country below.
setup-town-not-listed = Not in the list
setup-field-town-name = Town's own name
setup-town-name-hint = As the town writes it, e.g. Daugavpils or Raška. Only needed for a town not in the list.
setup-field-default-lang = Main language
setup-default-lang-hint = The language the organisers write in, as a code such as lv, en or sr-Latn.
setup-field-languages = Languages of the project
setup-field-period-start = Project starts
setup-field-period-end = Project ends
setup-field-funding-programme = Funding programme
setup-funding-hint = For example Europe for Citizens. Leave empty if the project has no funder.
setup-field-funding-strand = Strand
setup-field-funding-measure = Measure
setup-field-links = Links
setup-links-hint = One per line: the label, a vertical bar, then the address, e.g. Project website | https://example.org

## Partners (back office)
partners-manage-title = Partner towns
partners-manage-caption = The towns taking part and their roles
partners-actions = Actions
partners-change-role = Change the role
partners-remove = Remove
partners-add = Add a partner town
partners-add-intro = Choose a town the site knows already, or give the name and country of a new one. Naming a new lead partner makes the current lead an ordinary partner.
partners-added = The partner town has been added.
partners-saved = The partner's role has been changed.
partners-removed = The partner town has been removed from the project.

## Venues (back office)
venues-manage-title = Venues
venues-manage-caption = The project's venues, by town
venues-new = Add a venue
venues-none-yet = No venues yet.
venues-saved = The venue has been saved.
venues-slug-hint = Lowercase letters, digits and hyphens, e.g. daugavpils-fortress. It cannot be changed later.
venues-new-town-hint = Only for a town not in the list, such as a stop on an excursion.
venues-coordinates-hint = Latitude and longitude, e.g. 55.8714, 26.5161 — or the address of a map centred on the place.
venues-map-intro = To pick the place on a map: open the map, centre it on the venue, copy the address from the browser's address bar and paste it into the coordinates field.
venues-open-map = Open the map (OpenStreetMap)
venues-accessibility-hint = Step-free access, lifts, accessible toilets, hearing loops: what a visitor needs to know.
venues-public-page = The venue's public page

## Meetings (back office)
events-new = Add a meeting
events-none-yet = No meetings yet.
events-settings = Meeting details
events-programme = The meeting's programme
events-saved = The meeting's details have been saved.
events-delete = Delete the meeting
events-deleted = The meeting has been deleted.
events-slug-hint = Lowercase letters, digits and hyphens, e.g. daugavpils-2018. It cannot be changed later.
events-field-start = First day
events-field-end = Last day
events-field-zone = Time zone
events-zone-hint = Where the meeting takes place, as an IANA name such as Europe/Riga. All times of the programme are in this zone.

## Who may start projects (admin)
admin-starter = May start projects
admin-starter-yes = Yes
admin-starter-allow = Allow
admin-starter-revoke = Take back
admin-starter-saved = The account's right to start projects has been changed.

## Form messages for project set-up
form-choose = Choose…
form-slug-reserved = This word names a page of its own; choose another.
form-slug-duplicate = This short name is used twice.
form-coordinates-invalid = Latitude is between -90 and 90, longitude between -180 and 180.
form-coordinates-unreadable = Enter latitude and longitude in decimal degrees, like 55.8714, 26.5161, or paste the address of a map centred on the place.
form-country-invalid = Choose a country.
form-event-ends-before-start = The meeting's last day cannot come before its first day.
form-event-outside-project = The meeting must lie within the project's period.
form-funding-programme-required = Name the funding programme, or leave strand and measure empty too.
form-link-invalid = Write each link as a label, a vertical bar and an address starting with https://.
form-partner-already = This town is a partner already.
form-project-acronym-invalid = Enter an acronym of 1 to 40 characters.
form-project-default-lang-missing = The languages must include the main language.
form-project-ends-before-start = The project cannot end before it starts.
form-project-one-lead = A project has exactly one lead partner.
form-project-slug-taken = Another project already has this short name.
form-status-invalid = Choose a status.
form-town-name-required = Enter the town's own name (up to 300 characters).
form-town-unknown = Choose a town from the list.
form-url-invalid = Enter an address starting with https:// or http://.
form-venue-slug-taken = A venue with this short name exists already (venues are shared by all projects).
form-zone-invalid = Enter a time zone such as Europe/Riga.
audit-project-create = project started
audit-project-update = project details changed
audit-partner-add = partner town added
audit-partner-role = partner's role changed
audit-partner-remove = partner town removed
audit-venue-create = venue added
audit-venue-update = venue changed
audit-event-create = meeting added
audit-event-update = meeting details changed
audit-event-delete = meeting deleted
audit-account-may_start_projects = allowed to start projects
audit-account-may_not_start_projects = no longer allowed to start projects

## Registering for a session open to the public
registration-title = Register
registration-places-left = { $left ->
    [one] One place left of { $capacity }.
   *[other] { $left } places left of { $capacity }.
}
registration-full = { $waiting ->
    [0] All places are taken. You can join the waiting list: when someone cancels, the first person waiting gets the place and an e-mail.
    [one] All places are taken; one person is waiting. You can join the waiting list: when someone cancels, the first person waiting gets the place and an e-mail.
   *[other] All places are taken; { $waiting } people are waiting. You can join the waiting list: when someone cancels, the first person waiting gets the place and an e-mail.
}
registration-email-hint = We send the confirmation and a link to your own page here.
registration-field-town = Your town or organisation
registration-privacy = Your name, e-mail address, town and country are seen only by the organisers of { $project } and, when they check the project, by the funder's auditors. They are never shown publicly. From the link in your e-mail you can see your registrations and cancel them.
registration-privacy-accept = I have read how my data is used and agree.
registration-submit = Register
registration-closed = Registration is closed: this session has begun or is over.
registration-done-title = Thank you for registering
registration-done-confirmed = You have a place.
registration-done-waiting = All places are taken: you are on the waiting list. If a place becomes free, you will get an e-mail.
registration-check-mail = We have sent you an e-mail with the details, the session for your calendar and a link to your own page, where you can cancel.
registration-back = Back to the session
registration-mail-subject = Registration: { $item }
registration-mail-confirmed =
    Hello { $name },

    you have a place at:

    { $item }

    The session is attached for your calendar. Your own page, with your programme, a calendar feed and a button to cancel, is here (keep this link to yourself):
    { $link }
registration-mail-waiting =
    Hello { $name },

    all places are taken, so you are on the waiting list for:

    { $item }

    If someone cancels, the first person waiting gets the place and an e-mail. Your own page, where you can also leave the waiting list, is here (keep this link to yourself):
    { $link }
registration-mail-promoted =
    Hello { $name },

    a place has become free and it is yours:

    { $item }

    The session is attached for your calendar. To cancel, use the link from your first e-mail.
registration-status-confirmed = Place confirmed
registration-status-waiting = On the waiting list
registration-status-cancelled = Cancelled
form-registration-town-required = Enter your town or organisation (up to 120 characters).
form-registration-privacy-required = Please agree to how your data is used, or do not register.

## A person's own page
my-title = My programme
my-greeting = Hello { $name }. This is your programme: the sessions you registered for, and the programme for the delegations if you came with one.
my-keep-link = This page's address is your key: keep it to yourself.
my-calendar = In your calendar
my-calendar-hint = Subscribe, and your calendar app keeps your programme up to date when the organisers change it. The feed's address is private too.
my-calendar-subscribe = Subscribe in a calendar app
my-calendar-download = Download as a file (.ics)
my-registrations = My registrations
my-cancel = Cancel
my-cancelled = Your registration has been cancelled.
my-programme = My programme day by day

## People at a meeting (back office)
participants-title = People
participants-for = People: { $event }
participants-title-delegation = The delegation of { $town }
participants-no-delegation = No delegation
participants-anonymised = (anonymised)
participants-new = Add a person
participants-saved = The person has been saved.
participants-deleted = The person has been removed.
participants-delete = Remove this person
participants-total = { $count ->
    [one] One person.
   *[other] { $count } people.
}
participants-figures = Figures
participants-invited = Invited participants (sent by a partner from another country)
participants-local = Local participants
participants-attended = Present on at least one day
participants-by-country = People per country
participants-by-delegation = People per delegation
participants-by-role = People per role
participants-count = Number
participants-list = Everyone
participants-search = Search by name, town or e-mail
participants-search-submit = Search
participants-none = Nobody yet.
participants-caption = People, by name
participants-needs = Needs
participants-export-csv = Download as CSV
participants-export-xlsx = Download as XLSX (a sheet per town)
participants-privacy-note = Only name, town or organisation, and country are needed. Tell the person that the organisers, and the funder's auditors when they check the project, see these details; they are never public.
participants-email-hint = To send the person their own programme and calendar link.
participants-field-delegation = Delegation
participants-field-arrival-place = Arrives at
participants-field-arrival-time = Arrival
participants-field-departure-place = Leaves from
participants-field-departure-time = Departure
participants-field-by = Travelling by
participants-field-accommodation = Accommodation
participants-field-dietary = Dietary needs
participants-field-access = Access needs
participants-field-photos = May appear in the project's photos
participant-role-delegate = Delegate
participant-role-speaker = Speaker
participant-role-staff = Staff
participant-role-press = Press
participant-role-resident = Resident
travel-by-plane = Plane
travel-by-train = Train
travel-by-bus = Bus
travel-by-coach = Coach
travel-by-car = Car
travel-by-ship = Ship
travel-by-other = Other
upload-title = Upload a list
upload-intro = A CSV or XLSX file whose first row names the columns. People already on the list (the same e-mail address, or without one the same name) are updated, not added twice.
upload-template = Download a template (CSV)
upload-file = File (CSV or XLSX)
upload-submit = Upload
upload-summary = Added: { $created }. Updated: { $updated }. Rejected: { $rejected }.
upload-report-caption = Every row of the file and what became of it
upload-row = Row
upload-outcome = Result
upload-created = added
upload-updated = updated
upload-rejected = rejected
upload-back = Back to the list
form-participant-town-required = Enter the town or organisation (up to 120 characters).
form-participant-role-invalid = Use delegate, speaker, staff, press or resident.
form-travel-invalid = Use plane, train, bus, coach, car, ship or other.
form-travel-leaves-before-arriving = The departure cannot come before the arrival.
form-yes-no-invalid = Write yes or no.
audit-people-save = people saved
audit-person-update = person changed
audit-person-delete = person removed

## Error pages for set-up, registration and people
error-partner-lead-required = The lead partner stays
error-partner-hosts-event = This town hosts a meeting
error-partner-has-coordinators = This town has coordinators
error-partner-not-found = Partner town not found
error-event-published = A published meeting stays
error-role-invalid = Unknown role
error-allow-invalid = Unknown choice
error-account-not-found = Account not found
error-registration-closed = Registration is closed
error-registration-not-found = Registration not found
error-link-unknown = This link cannot be used
error-person-not-found = Person not found
error-delegation-invalid = Unknown delegation
error-upload-invalid = The file could not be received
error-upload-empty = Choose a file
error-upload-unreadable = The file cannot be read as CSV or XLSX
error-upload-no-name-column = The file has no name column

## Personal data: one's own, and how long it is kept
my-data = My data
my-data-hint = You can download everything stored about you, or erase it. Erasing cancels your registrations (your places go to the people waiting) and blanks your name, contact and needs; only your country and delegation stay, not tied to your name, in the figures the funder asks for. This link stops working.
my-data-download = Download my data (JSON)
my-erase-confirm = Yes, erase my data.
my-erase = Erase my data
my-erase-confirm-needed = To erase your data, tick the box to confirm first.
my-erased-title = Your data has been erased
my-erased = Your registrations are cancelled and your personal details are gone. Thank you for taking part.
retention-title = Keeping personal data
retention-hint = After this date, the people of this project are anonymised: names, contacts and needs are blanked; countries, delegations and attendance stay for the report. Set it to the end of the period your funder may audit.
retention-until = Keep personal data until
retention-saved = The retention date has been saved.
audit-project-retention = retention date set
audit-people-purge = personal data anonymised
error-date-invalid = Not a date

## Check-in and badges
checkin-title = Check-in
checkin-day = Day
checkin-show-day = Show
checkin-present = Present: { $count } of { $total }.
checkin-by-code = By badge code
checkin-code = Code on the badge
checkin-submit = Check in
checkin-scan = Scan with the camera
checkin-list = From the list
checkin-here = Present
checkin-undo = Undo
checkin-done = { $name } is checked in.
checkin-undone = { $name } is no longer marked present.
checkin-unknown-code = No one of this meeting has this code. Check it, or find the person in the list.
badges-title = Badges
badges-hint = Print this page on A4 paper (eight badges to a sheet), cut along the dashed lines and slip the badges into holders. The code and QR code check the person in.
badges-qr = QR code for checking in:
participants-per-day = Present each day
participants-present = Present
error-day-invalid = Not a day of this meeting
error-person-invalid = Unknown person

## Signature sheets
sheet-title = Signature sheets
sheet-intro = The evidence the funder asks for: per day and per delegation, everyone's name, town and country with a column to sign. Print it, have it signed at the desk, and keep it with the project's files.
sheet-blank = A blank sheet, for people who come without registering
sheet-download = Open the sheet (PDF)
sheet-walk-ins = People who came without registering
sheet-number = No.
sheet-signature = Signature
sheet-footer = Signature sheet
sheet-page = Page { $n } of { $total }
error-sheet-invalid = The sheet cannot be made for this choice

## Registering oneself with a delegation's link
join-title = Register with the delegation of { $town }
join-intro = Your partner coordinator sent you this link to register for { $event }. Only your name, e-mail address, town and country are needed; the rest helps the hosts plan your travel, room and meals.
join-done-title = Thank you for registering
join-done = You are registered. We have sent you an e-mail with the link to your own programme; with the same link you can see and erase your data.
join-mail-subject = Registered: { $event }
join-mail-body =
    Hello { $name },

    you are registered for { $event }.

    Your own page, with your programme and a calendar feed, is here (keep this link to yourself):
    { $link }
join-links-title = Links for registering oneself
join-links-intro = Share a delegation's link with its people: they register themselves and land in that delegation. A new link replaces the old one, which stops working.
join-link-none = no link yet
join-link-renew = New link
join-link-renewed = The new link is ready; the old one no longer works.
audit-join-link-renew = registration link renewed
audit-people-join = person registered with a link

## Eligibility and the grant
elig-title = Eligibility and grant
elig-eligible = The project meets every rule of its call.
elig-not-eligible = The project does not meet every rule yet.
elig-no-ruleset = Choose the call the project is funded under to see whether it meets its rules.
elig-no-ruleset-choice = No funder's rules
elig-version = rules as of
elig-event-count = { $event }: { $participants } people, { $invited } of them invited, { $days } days ({ $basis })
elig-basis-registrations = counting registrations
elig-basis-attendance = counting attendance
elig-grant = The grant
elig-grant-band = { $amount }: the band for { $from } to { $to } invited participants
elig-grant-band-top = { $amount }: the band for { $from } or more invited participants
elig-grant-overridden = { $amount }, as entered by the organisers
elig-grant-none = No grant while a rule is not met.
elig-grant-calculator = The call's official calculator gives the amount: enter its result below.
elig-next-band = { $more } more invited participants → { $amount }
elig-grant-unverified = These amounts are not yet checked against their source ({ $source }); confirm them before relying on them.
elig-rules = The rules
elig-rules-caption = Every rule of the call, the project's own number and where the rule comes from
elig-rule = Rule
elig-result = Result
elig-required = Required
elig-actual = The project
elig-source = Source
elig-passed = met
elig-failed = not met
elig-verified = checked against the source
elig-unverified = not yet checked against the source
elig-overridden = changed by the organisers
elig-settings = The call and corrections
elig-ruleset = The call's rules
elig-call-year = Call year
elig-call-year-hint = Decides which countries take part. Empty: the year the project starts.
elig-grant-override = Grant in euro (overrides the estimate)
elig-grant-override-hint = For example the amount from the call's official calculator. Empty: the estimate from the rules.
elig-rule-overrides = Corrected values
elig-rule-overrides-hint = Only if the call you applied to says otherwise; leave empty to use the value shown.
elig-saved = Saved.
form-ruleset-unknown = Choose one of the listed calls.
form-elig-call-year-invalid = Enter a year such as 2018.
form-elig-amount-invalid = Enter a whole amount in euro.
form-elig-rule-invalid = Enter whole numbers for the corrected values.
audit-rules-choose = call chosen
audit-rules-override = rule values changed

## The publication page
publication-title = { $event }: what happened
publication-here = Publication for the funder
publication-place = Place
publication-participants = Participants
publication-invited = Invited participants from partner countries
publication-basis-registrations = as registered so far
publication-basis-attendance = as present on at least one day
publication-per-country = Participants per country
publication-per-country-caption = The number of participants from each country
publication-no-participants = No participants are recorded yet.
publication-days = Day by day

## The final report
report-link = Final report
report-title = Final report: { $project }
report-pdf = Download the report with the signature sheets (PDF)
report-participation = Participation: { $event }
report-annexes = Annexes
report-annex-publication = Publication page for { $event }: { $url }
report-annex-programme = Programme of { $event }: { $url }
report-annex-sheets = { $count ->
    [one] One signature sheet, annexed to this report.
   *[other] { $count } signature sheets, annexed to this report.
}
report-page = Page { $n }
participants-send-link = E-mail the person their own programme link
participants-link-sent = The link has been sent; an earlier link no longer works.
audit-person-send_link = personal link sent
error-person-no-email = The person has no e-mail address

## News posts and press releases
news-title = News
news-none = No news has been published yet.
news-all = All news
news-feed = Follow the news in a feed reader (Atom)
news-manage-title = News and press releases
news-manage-intro = Draft a press release from a meeting's programme and figures, or write a news post. Posts stay drafts, seen only by organisers, until you publish them.
news-manage-caption = News posts, newest first
news-new = Write a news post
news-edit-intro = Write the post in each language you want to publish it in. A language left empty is not shown; readers then see another language.
news-field-title = Title
news-field-body = Text
news-body-hint = Plain text. Leave an empty line between paragraphs.
news-slug-hint = The last part of the post's address. Leave it empty to make it from the title.
news-status = Status
news-public-page = Public page
news-draft = Draft, not public
news-published-on = Published on { $date }
news-draft-press-release = Draft a press release for { $event }
news-drafted = The press release has been drafted from the meeting's data. Check it, edit it and publish it.
news-saved = The post has been saved.
news-published = The post is published.
news-unpublished = The post is a draft again and no longer public.
news-deleted = The post has been deleted.
news-publish = Publish
news-unpublish = Take back to draft
news-delete = Delete the post
error-news-not-found = News post not found
error-news-slug-taken = Another post has this address
form-news-title-missing = This language has a text but no title.
form-news-slug-taken = Another post already has this address; choose another.
audit-news-create = news post written
audit-news-update = news post edited
audit-news-publish = news post published
audit-news-unpublish = news post taken back to draft
audit-news-delete = news post deleted

## The press release draft: sentences made from the meeting's data
press-title = { $host } welcomed partners from { $countries ->
    [one] another country
   *[other] { $countries } countries
} for “{ $event }”
press-lead = From { $dates }, { $host } ({ $country }) hosted “{ $event }”, a meeting of the project “{ $project }”.
press-funding = The meeting was funded by { $programme }.
press-delegations = Delegations came from { $towns }.
press-participants = { $total ->
    [one] One person took part
   *[other] { $total } people took part
}, { $invited ->
    [one] one of them an invited participant from a partner town abroad.
   *[other] { $invited } of them invited participants from partner towns abroad.
}
press-per-country = Participants per country: { $list }.
press-day = Day { $number }, { $date }: { $items }.
press-signed = On { $date }, { $a } and { $b } signed: { $kind }.
press-more = The programme, the number of participants per country and a description of each day are published at { $url }

## Photos of a meeting
photos-title = Photos
photos-intro = Photos appear on the meeting's publication page, which the funder asks for. Where and when a photo was taken, the camera and any names stored in the file are removed on upload.
photos-see-publication = See the publication page.
photos-none = No photos yet.
photos-add = Add a photo
photos-edit = Edit
photos-edit-title = Edit the photo
photos-field-file = Photo (JPEG or PNG)
photos-file-hint = At most { $mib } MiB.
photos-field-alt = What the photo shows
photos-alt-hint = For people who cannot see the photo: describe it in one sentence, e.g. “The mayors of Raška and Daugavpils sign the memorandum”.
photos-field-caption = Caption
photos-field-credit = Photographer
photos-credit = Photo: { $name }
photos-field-consent = The people who can be recognised in this photo agreed that it is published.
photos-field-position = Position
photos-position-hint = Photos are shown in this order, 1 first.
photos-upload = Upload the photo
photos-added = The photo has been added.
photos-saved = The photo has been saved.
photos-deleted = The photo has been deleted.
photos-delete = Delete the photo
error-photo-not-found = Photo not found
error-photo-too-large = The photo is too large
form-photo-empty = Choose a photo.
form-photo-too-large = The photo is too large; at most 12 MiB.
form-photo-format = Only JPEG and PNG photos can be uploaded.
form-photo-dimensions = The photo's size in pixels is not one this page can show.
form-photo-unreadable = The file cannot be read as a photo.
form-photo-duplicate = This photo is already on the page.
form-photo-consent-required = Confirm that the people shown agreed to publication.
form-photo-position-invalid = Use a whole number from 1 to 10,000.
audit-photo-add = photo added
audit-photo-update = photo edited
audit-photo-delete = photo deleted

## Evaluation summary and the report's new parts
events-field-evaluation = Evaluation summary
events-evaluation-hint = What participants said in the evaluation, for the final report. Leave an empty line between paragraphs.
report-evaluation = Evaluation: { $event }
report-annex-photos = { $count ->
    [one] One photo of { $event }, on its publication page.
   *[other] { $count } photos of { $event }, on its publication page.
}
report-annex-news = Press release or news post “{ $title }”: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Someone changed this meanwhile
error-412-help = Someone else changed this after you read it. Read it again, then make your change.
edit-changed-meanwhile = Someone else saved this item while you were editing it
edit-changed-meanwhile-help = Nothing has been overwritten. Below is what is saved now; your version is still in the form. Compare the two, correct the form where needed, and save again to keep your version.
edit-saved-now = Saved now
edit-your-version = Your version is in the form below.
partners-changed-meanwhile = Someone else changed the role of { $town } meanwhile: it is now { $now }; you chose { $yours }. Choose again if yours should stand.

# --- w-signin ---
form-password-weak = This password is too easy to guess. A few unrelated, uncommon words make a strong one.
form-password-weak-common = This password is too easy to guess: it is, or is like, a commonly used password.
form-password-weak-pattern = This password is too easy to guess: keyboard patterns and sequences like abc or 6543 are tried first.
form-password-weak-repeat = This password is too easy to guess: repeated characters or words add little.
form-password-weak-dates = This password is too easy to guess: dates and years are tried first.
form-password-weak-names = This password is too easy to guess: names, and your own address or name, are tried first.
form-password-weak-word = This password is too easy to guess: a single word is not enough. Add a few unrelated words.
form-totp-code-wrong = This code is not right. Enter the current code from your authenticator app, or a recovery code.
form-totp-code-required = Enter the code from your authenticator app.
form-totp-secret-invalid = This secret cannot be used. Reload the page to get a new one.
form-token-days-invalid = Choose how many days the token works: from 1 to 365.
error-signin-challenge-expired = This sign-in has expired
error-page-invalid = This page number cannot be used
signin-wait = Too many attempts. Wait { $seconds } s, then try again.
totp-signin-title = Second step: your code
totp-signin-hint = The six-digit code from your authenticator app, or one of your recovery codes.
field-totp-code = Code
totp-title = Two-step sign-in
totp-on = Two-step sign-in is on: signing in asks for a code from your authenticator app.
totp-off = Two-step sign-in is off.
totp-manage = Manage two-step sign-in
totp-set-up = Set up two-step sign-in
totp-enabled = Two-step sign-in is on.
totp-disabled = Two-step sign-in is off.
totp-recovery-once = Write down these recovery codes and keep them safe. Each works once, if you lose your phone. They are shown only now.
totp-codes-left = Recovery codes left: { $count }
totp-disable = Turn off two-step sign-in
totp-required = As the instance administrator, you need two-step sign-in before you can go on.
totp-help = Add this account to an authenticator app (such as FreeOTP, Aegis or Google Authenticator): scan the QR code, open the link on your phone, or type the key. Then enter the code the app shows.
totp-qr-caption = QR code for your authenticator app
totp-secret = Key
totp-link = Link
totp-link-open = Open in an authenticator app
totp-confirm = Turn on
account-token-expired = Expired
account-token-expires = Expires
field-token-days = Works for
account-token-days = { $days } days
security-title = Security log
security-help = Sign-ins, failed and slowed-down attempts, two-step sign-in, API tokens, password changes and role changes, newest first. Clients are shown only as their network.
security-page = Page { $page }
security-empty = Nothing has been logged yet.
security-caption = Security events, newest first
security-account = Account
security-client = Network
security-pages = Pages of the security log
security-newer = Newer
security-older = Older
security-signin-ok = signed in
security-signin-fail = wrong password
security-signin-throttled = attempt slowed down
security-totp-enrol = two-step sign-in turned on
security-totp-disable = two-step sign-in turned off
security-totp-fail = wrong code
security-totp-throttled = code attempt slowed down
security-recovery-used = recovery code used
security-token-create = API token created
security-token-use = API token used
security-token-revoke = API token revoked
security-password-change = password changed
security-password-reset = password reset
security-reset-throttled = reset request slowed down
# --- w-lingers ---
photo-consent-yes = Photos: yes
photo-consent-no = No photos
photo-consent-not_asked = Photos: not asked (no photos)
photo-consent-choice-yes = Yes
photo-consent-choice-no = No
photo-consent-choice-not_asked = Not asked yet
consent-minor = Under 18 (a minor)
consent-minor-short = Minor
consent-guardian-name = Parent's or guardian's name
consent-guardian-hint = Only for a minor: the parent or guardian who agrees to their taking part.
consent-guardian-consent = The parent or guardian agrees to this minor taking part and to how their data is used
participants-photos = Photos
form-photo-consent-invalid = Choose yes, no or not asked.
form-participant-guardian-required = A minor needs the name of a parent or guardian.
form-participant-guardian-consent-required = A minor takes part only with a parent's or guardian's consent.
privacy-notice-title = Privacy notice
privacy-notice-default = { $project } is run by its organisers. They keep what you enter here (your name, town or organisation, country, contact details and what you tell them for travel, meals and access) and see it with your delegation's coordinator; it is never public. Auditors of { $funder } may check names, towns and attendance to verify the grant. Everything is kept until { $until }; after that only anonymous counts remain. With the link in your e-mail you can see, download or erase your data at any time.
privacy-notice-default-no-date = { $project } is run by its organisers. They keep what you enter here (your name, town or organisation, country, contact details and what you tell them for travel, meals and access) and see it with your delegation's coordinator; it is never public. Auditors of { $funder } may check names, towns and attendance to verify the grant. Everything is kept until the organisers' retention date; after that only anonymous counts remain. With the link in your e-mail you can see, download or erase your data at any time.
privacy-notice-funder-unknown = the funder
privacy-edit-title = Privacy notice
privacy-edit-intro = Who keeps what, for how long, and who may audit it. This notice is shown wherever the project collects personal data: registration, joining a delegation, the people forms and personal pages. Write it in each language you need; a language left empty shows the default.
privacy-edit-default = Left empty, this notice is shown: { $text }
privacy-edit-saved = The privacy notice was saved.
my-photos = Photos
my-photos-saved = Your answer about photos was saved.
participants-erase = Erase their personal data (on their request)
participants-erased = The person's data has been erased; their name and town stay for the funder's audit until the retention date if they attended.
participants-erased-kept = erased, kept for the audit
# --- w-forms ---
form-date-out-of-range = The date must lie between the years 1900 and 2200.
form-item-outside-event = The item lies outside the meeting's days (one day before or after is allowed for arrivals and departures).
form-event-too-long = A meeting lasts at most 366 days.
error-date-out-of-range = Date outside the years 1900–2200
error-item-outside-event = Item outside the meeting's days
error-event-too-long = The meeting is too long
error-rate-limited = Too many requests
error-429-help = Many requests came from your connection in a short time. Please wait a minute and try again.
registration-done-already = You are already registered for this item, so we have not sent another e-mail: the one you received earlier has your personal link.
form-honeypot-label = Leave this field empty: it is here to catch automated submissions.
registration-status-pending = Waiting for your confirmation by e-mail
registration-done-pending = Almost done: we have sent you an e-mail with a link. Your place counts once you follow it, within { $hours } hours.
registration-mail-pending =
    Hello { $name },

    please confirm your registration for:

    { $item }

    Your place counts only once you open this link and press the button (it works until { $until }):
    { $confirm }

    If you did not register, ignore this e-mail: the registration lapses by itself. Your own page is here (keep this link to yourself):
    { $link }
confirm-title = Confirm your registration
confirm-intro = Press the button to confirm your registration. Your place counts from then on.
confirm-submit = Confirm my registration
confirm-done = Thank you: your registration is confirmed and you have a place.
error-registration-confirmation-expired = This confirmation link has expired; please register again
registration-settings-save = Save
registration-settings-confirm = Count a public registration only once the person confirms it through the link in their e-mail
registration-settings-hint = It keeps scripts from filling places with made-up addresses. Unconfirmed registrations take no place and lapse after 48 hours.
registration-settings-saved = Saved: how registrations are taken.
# --- w-uploads ---
error-request-too-large-limit = At most { $mib } MiB can be sent to this address.
error-sheet-file-too-large = The file is too large
error-sheet-file-too-large-limit = A list can be at most { $limit } MiB.
error-sheet-uncompressed-too-large = The workbook unpacks to too much data
error-sheet-uncompressed-too-large-limit = Unpacked, a workbook can hold at most { $limit } MiB.
error-sheet-compression-ratio = The workbook is packed suspiciously tightly
error-sheet-compression-ratio-limit = A part of a workbook can unpack to at most { $limit } times its packed size.
error-sheet-too-many-parts = The workbook has too many parts
error-sheet-too-many-parts-limit = A workbook can have at most { $limit } parts.
error-sheet-too-many-rows = The list has too many rows
error-sheet-too-many-rows-limit = A list can have at most { $limit } rows, the header row included. Split it into several files.
error-sheet-too-many-columns = The list has too many columns
error-sheet-too-many-columns-limit = A list can have at most { $limit } columns.
error-sheet-too-many-cells = The list has too many cells
error-sheet-too-many-cells-limit = A list can have at most { $limit } cells.
error-sheet-cell-too-long = A cell is too long
error-sheet-cell-too-long-limit = A cell can hold at most { $limit } characters.
error-sheet-markup-too-long = The workbook holds a block of data too long to be a cell
error-sheet-markup-too-long-limit = A workbook can hold at most { $limit } bytes between two markers.
error-sheet-too-slow = Reading the list took too long
error-sheet-too-slow-limit = A list must be read within { $limit } seconds.
error-xliff-too-large = The file is too large
error-xliff-too-large-limit = An XLIFF file can be at most { $mib } MiB.
error-xliff-doctype = The file declares a DOCTYPE, which XLIFF files do not need; remove it and upload again
error-xliff-too-deep = The file nests its elements too deeply
error-xliff-too-deep-limit = Elements can be nested at most { $limit } levels deep.
error-xliff-too-many-units = The file has too many texts
error-xliff-too-many-units-limit = An XLIFF file can hold at most { $limit } texts.
form-photo-truncated = The file ends before the picture does; it was cut off. Upload the whole photo.
form-photo-no-image-data = The file holds no picture.
form-photo-too-many-pixels = The photo has too many pixels: at most 40 megapixels and 16,000 pixels on a side.
form-photo-polyglot = The file holds another document after the picture; upload the photo alone.
# --- w-heavy ---
error-server-busy = Being prepared
error-server-busy-help = The server is preparing other documents right now. This page asks again by itself in { $seconds } seconds; you need not do anything.
