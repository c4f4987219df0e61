// Prints the headline of the article file given as argument, through the installed library.
#include <fstream>
#include <iostream>
#include <iterator>
#include <newsparse/newsparse.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  newsparse::Result result = newsparse::parse(bytes);
  if (!result) {
    std::cerr << newsparse::error_code_name(result.error().code) << "\n";
    return 1;
  }
  const newsparse::Article& article = result.article();
  std::cout << "headline: " << (article.headline ? article.headline->in(article.text) : "") << "\n";
  std::cout << newsparse::to_json(article, argv[1], newsparse::JsonStyle::compact).size() << " bytes of JSON\n";
  return 0;
}
