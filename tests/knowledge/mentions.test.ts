import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/knowledge';

const found = (text: string) => findMentions(text).map((m) => `${m.kind}:${m.text}=${m.key}`);

describe('phone numbers and web addresses in a lesson’s text', () => {
  it('finds short service numbers after a word like “số”, “gọi”, “gửi đến”, and in a list after one', () => {
    expect(found('Bạn gọi hoặc nhắn tin miễn phí đến số 156. Báo tin rác gửi đến 5656, bắt đầu bằng chữ S.')).toEqual(['phone:156=156', 'phone:5656=5656']);
    expect(found('Có thể báo qua số 156 hoặc 5656.')).toEqual(['phone:156=156', 'phone:5656=5656']);
    expect(found('Công an xã, phường. Số 156 nhận cả tin nhắn.')).toEqual(['phone:156=156']);
  });

  it('finds full numbers without a cue, however they are grouped', () => {
    expect(found('Gọi tổng đài VNeID 1900 0368 để khóa tài khoản.')).toEqual(['phone:1900 0368=19000368']);
    expect(found('Liên hệ 0912.345.678 hay +84 912 345 678.')).toEqual(['phone:0912.345.678=0912345678', 'phone:+84 912 345 678=0912345678']);
    expect(found('Tổng đài 18001096 miễn phí.')).toEqual(['phone:18001096=18001096']);
  });

  it('leaves dates, amounts, counts, ages and document numbers alone', () => {
    const text =
      'Từ ngày 1/7/2024, chuyển trên 10 triệu đồng cần xác thực; có hơn 74.000 tổ; gửi 500 nghìn; gọi 3 lần; ' +
      'Quyết định 2345/QĐ-NHNN, Nghị định số 69/2024/NĐ-CP, Công văn số 1082-CV/ĐU; trẻ dưới 14 tuổi; mã 6 số; năm 2026; số +84 là mã Việt Nam.';
    expect(found(text)).toEqual([]);
  });

  it('finds web addresses with or without https://, by host, but not a bare ending like .gov.vn', () => {
    expect(found('Vào dichvucong.gov.vn rồi bấm Đăng nhập. Trang thongbaorac.ais.gov.vn. Tra ở tinnhiemmang.vn.')).toEqual([
      'web:dichvucong.gov.vn=dichvucong.gov.vn',
      'web:thongbaorac.ais.gov.vn=thongbaorac.ais.gov.vn',
      'web:tinnhiemmang.vn=tinnhiemmang.vn',
    ]);
    expect(found('Mở https://www.dichvucong.gov.vn/p/home.')).toEqual(['web:https://www.dichvucong.gov.vn/p/home=www.dichvucong.gov.vn']);
    expect(found('Trang nhà nước có đuôi .gov.vn, hoặc gov.vn.')).toEqual([]);
    expect(found('Trang giả dichvucong.gov.vn.cc đòi nhập OTP.')).toEqual(['web:dichvucong.gov.vn.cc=dichvucong.gov.vn.cc']);
  });
});
