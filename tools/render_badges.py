"""PNG renders of badges, to look at: every script, long text, a replacement, each layout.

Run: python tools/render_badges.py [--out docs/badges] [--dpi 150]

Renders the badges through the app's own layout and PDF code (the demo event's
config and badge settings), then each PDF page to PNG with pypdfium2. The QR
codes are signed with a throw-away secret: they have the right shape and
version but admit at no desk. Each PNG is checked as it is written: its QR code
must decode (zxing-cpp, when installed) and no text may use a missing glyph.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from checkin.badges import Badge, badge_config, page_plans, render_pdf  # noqa: E402
from checkin.domain import codes  # noqa: E402
from checkin.domain.event_config import parse_event_config  # noqa: E402
from checkin.domain.model import Participant  # noqa: E402

SECRET = "render-badges-tool: not an event secret"

PEOPLE = {
    "latin": Participant(
        "R-LAT", "Zoë Åsa Łucja", "Ødegård-Çelik Ŵyn Đorđević",
        organisation="Société genevoise d’économie — Ærø Øst", title="Chargée de mission",
        country="CH", category="civil_society", language="fr", flags=frozenset({"speaker"}),
    ),
    "vietnamese": Participant(
        "R-VI", "Thị Phương Thảo", "Nguyễn Trịnh Ẩn",
        organisation="Ủy ban nhân dân Thành phố Hồ Chí Minh", title="Phó Chủ tịch",
        country="VN", category="local_authority",
    ),
    "greek": Participant(
        "R-EL", "Γεώργιος", "Παπαδόπουλος", name_latin="Georgios Papadopoulos",
        organisation="Υπουργείο Εσωτερικών και Διοικητικής Ανασυγκρότησης",
        country="GR", category="member_state",
    ),
    "cyrillic": Participant(
        "R-RU", "Александра Владиславовна", "Преображенская-Константинопольская",
        name_latin="Aleksandra Preobrazhenskaya-Konstantinopolskaya",
        organisation="Министерство иностранных дел Российской Федерации",
        country="RU", category="member_state",
    ),
    "arabic": Participant(
        "R-AR", "عبد الرحمن", "بن عبد العزيز الهاشمي",
        name_latin="Abdulrahman bin Abdulaziz Al-Hashimi",
        organisation="وزارة الداخلية والبلديات، الجمهورية اللبنانية", title="مدير عام",
        country="LB", category="member_state", language="fr",
    ),
    "chinese": Participant(
        "R-ZH", "晓明", "欧阳", name_latin="Ouyang Xiaoming",
        organisation="中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团",
        country="CN", category="member_state", language="es",
    ),
    "hindi": Participant(
        "R-HI", "प्रियंका", "श्रीवास्तव", name_latin="Priyanka Shrivastava",
        organisation="बृहन्मुंबई महानगरपालिका", title="उपायुक्त",
        country="IN", category="local_authority",
    ),
    "bengali": Participant(
        "R-BN", "রবীন্দ্রনাথ", "চট্টোপাধ্যায়", name_latin="Rabindranath Chattopadhyay",
        organisation="ঢাকা উত্তর সিটি কর্পোরেশন", country="BD", category="local_authority",
    ),
    "tamil": Participant(
        "R-TA", "தமிழ்செல்வி", "கிருஷ்ணமூர்த்தி", name_latin="Tamilselvi Krishnamoorthy",
        organisation="சென்னை பெருநகர மாநகராட்சி", country="IN", category="local_authority",
    ),
    "thai": Participant(
        "R-TH", "สมศักดิ์", "ศรีสุวรรณ", name_latin="Somsak Srisuwan",
        organisation="กรุงเทพมหานคร", country="TH", category="local_authority",
    ),
    "khmer": Participant(
        "R-KM", "សុខា", "ស្រីពេជ្រ", name_latin="Sokha Sreypich",
        organisation="សាលារាជធានីភ្នំពេញ", country="KH", category="local_authority",
    ),
    "myanmar": Participant(
        "R-MY", "အောင်ကျော်", "ဦး", name_latin="U Aung Kyaw",
        organisation="ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီ", country="MM",
        category="local_authority",
    ),
    "korean": Participant(
        "R-KO", "지은", "김", name_latin="Kim Jieun",
        organisation="서울특별시 외국인주민과", country="KR", category="local_authority",
    ),
    "hebrew": Participant(
        "R-HE", "נועה", "בן־דוד", name_latin="Noa Ben-David",
        organisation="עיריית תל אביב-יפו", country="IL", category="local_authority",
    ),
    "amharic": Participant(
        "R-AM", "ሰላማዊት", "ተስፋዬ", name_latin="Selamawit Tesfaye",
        organisation="የአዲስ አበባ ከተማ አስተዳደር", country="ET", category="local_authority",
    ),
    "georgian": Participant(
        "R-KA", "ნინო", "ბერიძე", name_latin="Nino Beridze",
        organisation="თბილისის მერია", country="GE", category="local_authority",
    ),
    "persian": Participant(
        "R-FA", "مهسا", "می‌خواهم‌زاده", name_latin="Mahsa Mikhahamzadeh",
        organisation="سازمان ملی‌ مهاجرت", country="IR", category="member_state",
    ),
    "long": Participant(
        "R-LONG", "Maximiliano Alejandro Francisco de Asís Bartolomé",
        "de la Santísima Trinidad Hohenzollern-Sigmaringen y Borbón-Dos Sicilias",
        title="Deputy Director-General for Intergovernmental Affairs and Multilateral "
        "Partnerships",
        organisation="International Federation of Red Cross and Red Crescent Societies — "
        "Regional Delegation for Southern Africa and the Indian Ocean Islands",
        country="BA", category="international_org",
        flags=frozenset({"speaker", "vip", "protocol"}),
    ),
    "mission": Participant(
        "R-BE", "Marie", "Dupont",
        organisation="Permanent Mission of Belgium to the United Nations Office and other "
        "international organizations in Geneva",
        title="First Secretary", country="BE", category="member_state",
    ),
    "replacement": Participant(
        "R-REPL", "Jorge", "Fernández Ruiz", organisation="Ayuntamiento de Barcelona",
        title="Concejal", country="ES", category="local_authority", language="es",
        badge_version=3,
    ),
}
LAYOUTS = ("a6", "cr80", "a4-4up")
#: On A4, the replacement and the long name go where the sheet's edges are (right
#: column, bottom row), so the renders show the band and the marker kept off them.
SHEET_ORDER = (
    "latin", "replacement", "long", "mission",
    "vietnamese", "greek", "cyrillic", "arabic", "chinese",
)


def render(out: Path, dpi: int) -> list[Path]:
    event_data = json.loads((ROOT / "data" / "idm2015" / "event.json").read_text("utf-8"))
    event = parse_event_config(event_data)
    config = badge_config(event)
    written: list[Path] = []
    badges = {
        name: Badge(person, codes.sign(SECRET, person.id, person.badge_version))
        for name, person in PEOPLE.items()
    }
    for layout in LAYOUTS:
        groups = (
            [(name, [badge]) for name, badge in badges.items()]
            if layout != "a4-4up"
            else [("sheet", [badges[name] for name in SHEET_ORDER])]
        )
        for name, group in groups:
            missing = {
                char
                for page in page_plans(group, event, layout, config)
                for placed in page
                for char in placed.plan.missing_glyphs
            }
            if missing:
                raise SystemExit(f"{name} ({layout}): no glyph for {sorted(missing)}")
            pdf = pdfium.PdfDocument(render_pdf(group, event, layout, config))
            for number, page in enumerate(pdf, start=1):
                suffix = f"-{number}" if len(pdf) > 1 else ""
                path = out / f"{name}-{layout}{suffix}.png"
                image = page.render(scale=dpi / 72).to_pil().convert("RGB")
                _check_qr(image, path)
                image.quantize(colors=96).save(path, optimize=True)
                written.append(path)
                print(path)
    return written


def _check_qr(image, path: Path) -> None:
    try:
        import zxingcpp
    except ImportError:
        return
    found = {result.text for result in zxingcpp.read_barcodes(image)}
    if not found:
        raise SystemExit(f"{path}: the QR code does not decode")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "badges")
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = render(args.out, args.dpi)
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} PNGs, {total / 1024:.0f} KB in {args.out}")


if __name__ == "__main__":
    main()
