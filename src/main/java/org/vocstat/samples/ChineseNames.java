package org.vocstat.samples;

import java.util.SplittableRandom;

/**
 * Made-up Chinese names: surnames drawn by their national frequency, one or two
 * given-name characters.
 */
final class ChineseNames {

	private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
			+ "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 方 邹 孟 熊 秦 "
			+ "邱 江 尹 薛 顾 钱 戴 俞 楼 褚 屠 欧阳 诸葛")
		.split(" ");

	private static final double[] WEIGHTS = { 7.1, 7.0, 6.7, 5.4, 5.2, 3.1, 2.2, 2.0, 2.4, 2.0, 2.0, 1.5, 1.4, 1.6, 1.4,
			1.1, 1.1, 1.0, 1.0, 0.9, 0.9, 0.8, 0.7, 0.7, 0.6, 0.7, 0.6, 0.6, 0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4,
			0.5, 0.4, 0.5, 0.4, 0.4, 0.4, 0.5, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.8, 0.4, 0.3, 0.3, 0.3, 0.2, 0.2, 0.5,
			0.3, 0.2, 0.4, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.2, 0.2,
			0.1, 0.05, 0.05, 0.02, 0.01 };

	private static final String MALE = "浩宇轩杰俊涛磊鹏伟强军勇斌超峰辉明亮晨阳博文豪凯睿航泽然哲翔宁鑫昊锐彬健毅子一嘉奕天志家思宏建成华";

	private static final String FEMALE = "雨欣婷怡静雪琳颖佳悦涵萱梦洁丽娜敏慧倩瑶晴薇妍菲露彤诗蕾璐琪萍芳艳燕月可心语晓一子嘉思";

	private ChineseNames() {
	}

	static String next(SplittableRandom random, boolean male) {
		String surname = SURNAMES[Seeded.weighted(random, WEIGHTS)];
		String pool = male ? MALE : FEMALE;
		StringBuilder name = new StringBuilder(surname).append(pool.charAt(random.nextInt(pool.length())));
		if (surname.length() == 2 ? random.nextInt(3) == 0 : random.nextInt(100) < 82) {
			name.append(pool.charAt(random.nextInt(pool.length())));
		}
		return name.toString();
	}

	/** A masked display name for award lists (张*明). */
	static String masked(SplittableRandom random) {
		String name = next(random, random.nextBoolean());
		return name.length() <= 2 ? name.charAt(0) + "*" : name.charAt(0) + "*" + name.substring(name.length() - 1);
	}

	static String ethnicity(SplittableRandom random) {
		int r = random.nextInt(1000);
		if (r < 986) {
			return "汉族";
		}
		String[] others = { "畲族", "土家族", "苗族", "回族", "布依族", "彝族", "壮族", "侗族" };
		return others[random.nextInt(others.length)];
	}

}
